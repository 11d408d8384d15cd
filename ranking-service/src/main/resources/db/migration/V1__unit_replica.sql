-- The administrative units as assessment-service publishes them on parindex.units.v1.
CREATE TABLE unit_replica (
    code          varchar(32)  PRIMARY KEY,
    name          varchar(200) NOT NULL,
    search_name   varchar(200) NOT NULL,
    level         varchar(16)  NOT NULL,
    parent_code   varchar(32),
    valid_from    date         NOT NULL,
    valid_to      date,
    version       bigint       NOT NULL,
    changed_at    timestamptz  NOT NULL,
    replicated_at timestamptz  NOT NULL
);

CREATE INDEX unit_replica_search_name ON unit_replica (search_name);

-- Every event this service applied, recorded in the transaction of its effect: a redelivery is recognised by its id.
CREATE TABLE consumed_event (
    event_id    varchar(100) PRIMARY KEY,
    topic       varchar(200) NOT NULL,
    record_key  varchar(200) NOT NULL,
    version     bigint       NOT NULL,
    consumed_at timestamptz  NOT NULL
);
