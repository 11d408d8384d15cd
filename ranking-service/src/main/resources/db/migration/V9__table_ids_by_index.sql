-- Official tables of every index now share parindex.league-tables.v1, keyed index/code. The PAR tables published
-- before were keyed by their period code alone: they keep their versions under the new key.
UPDATE league_table_snapshot SET table_id = 'PAR/' || table_id WHERE table_id NOT LIKE '%/%';
