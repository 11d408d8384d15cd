CREATE TABLE administrative_unit (
    code        varchar(32)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    -- the name folded for search: lower case, diacritics removed (đ -> d), so "bac giang" finds "Bắc Giang"
    search_name varchar(200) NOT NULL,
    level       varchar(16)  NOT NULL,
    parent_code varchar(32)  REFERENCES administrative_unit (code),
    valid_from  date         NOT NULL,
    valid_to    date,
    version     bigint       NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT administrative_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE INDEX administrative_unit_search_name ON administrative_unit (search_name);
CREATE INDEX administrative_unit_parent ON administrative_unit (parent_code);
