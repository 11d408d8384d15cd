-- Methodologies (bộ chỉ số): every version is immutable; a change is a new version, and periods pin a version.
CREATE TABLE methodology (
    id           bigserial    PRIMARY KEY,
    code         varchar(64)  NOT NULL,
    version      integer      NOT NULL,
    name         varchar(300) NOT NULL,
    index_kind   varchar(32)  NOT NULL,
    unit_level   varchar(16)  NOT NULL,
    year_from    integer      NOT NULL,
    year_to      integer      NOT NULL,
    -- the whole document as imported (areas, criteria, rules, bonus and penalty lines, bands, tie rule)
    document     jsonb        NOT NULL,
    -- SHA-256 of the canonical document: importing the same content again is recognised as a no-op
    content_hash varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    CONSTRAINT methodology_code_version UNIQUE (code, version),
    CONSTRAINT methodology_years CHECK (year_to >= year_from)
);
