-- A code identifies a unit only together with its validity: 24 was Bắc Giang until 2025-06-30 and is the merged
-- Bắc Ninh from 2025-07-01 (domain §5). The key of a unit is therefore code@valid_from, e.g. 24@2008-08-01.
ALTER TABLE administrative_unit DROP CONSTRAINT administrative_unit_parent_code_fkey;
ALTER TABLE administrative_unit DROP CONSTRAINT administrative_unit_pkey;
ALTER TABLE administrative_unit ADD COLUMN unit_key varchar(48);
UPDATE administrative_unit SET unit_key = code || '@' || valid_from;
ALTER TABLE administrative_unit ALTER COLUMN unit_key SET NOT NULL;
ALTER TABLE administrative_unit ADD PRIMARY KEY (unit_key);
ALTER TABLE administrative_unit ADD COLUMN parent_key varchar(48) REFERENCES administrative_unit (unit_key);
UPDATE administrative_unit child SET parent_key = (
    SELECT parent.unit_key FROM administrative_unit parent
    WHERE parent.code = child.parent_code ORDER BY parent.valid_from DESC LIMIT 1);
ALTER TABLE administrative_unit DROP COLUMN parent_code;
CREATE INDEX administrative_unit_code ON administrative_unit (code, valid_from);
CREATE INDEX administrative_unit_parent_key ON administrative_unit (parent_key);

-- What a unit became, and what it was made of: one row per predecessor -> successor edge (none for ABOLISH).
CREATE TABLE unit_lineage (
    id             bigserial   PRIMARY KEY,
    kind           varchar(16) NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'ABOLISH')),
    effective_date date        NOT NULL,
    from_key       varchar(48) NOT NULL REFERENCES administrative_unit (unit_key),
    to_key         varchar(48) REFERENCES administrative_unit (unit_key),
    CONSTRAINT unit_lineage_successor CHECK ((kind = 'ABOLISH') = (to_key IS NULL))
);

CREATE UNIQUE INDEX unit_lineage_edge ON unit_lineage (from_key, COALESCE(to_key, ''), kind);
CREATE INDEX unit_lineage_to ON unit_lineage (to_key);
