-- Units are identified by their key, code@validFrom (a code alone names different units before and after the 2025
-- reform), and carry their lineage. The replica is derived data: it is rebuilt from parindex.units.v1.
DROP TABLE unit_replica;
DELETE FROM consumed_event WHERE topic = 'parindex.units.v1';

CREATE TABLE unit_replica (
    unit_key      varchar(48)  PRIMARY KEY,
    code          varchar(32)  NOT NULL,
    name          varchar(200) NOT NULL,
    search_name   varchar(200) NOT NULL,
    level         varchar(16)  NOT NULL,
    parent_key    varchar(48),
    valid_from    date         NOT NULL,
    valid_to      date,
    version       bigint       NOT NULL,
    changed_at    timestamptz  NOT NULL,
    replicated_at timestamptz  NOT NULL
);
CREATE INDEX unit_replica_code ON unit_replica (code, valid_from);
CREATE INDEX unit_replica_search_name ON unit_replica (search_name);

-- The unit's lineage as its last event stated it: what it was made from, and what it became.
CREATE TABLE unit_replica_link (
    unit_key       varchar(48) NOT NULL REFERENCES unit_replica (unit_key) ON DELETE CASCADE,
    direction      varchar(16) NOT NULL CHECK (direction IN ('PREDECESSOR', 'SUCCESSOR')),
    other_key      varchar(48),
    kind           varchar(16) NOT NULL,
    effective_date date        NOT NULL
);
CREATE INDEX unit_replica_link_unit ON unit_replica_link (unit_key);
CREATE INDEX unit_replica_link_other ON unit_replica_link (other_key);
