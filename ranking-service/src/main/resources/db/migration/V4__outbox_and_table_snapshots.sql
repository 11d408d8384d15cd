-- Events written in the same transaction as the change they describe; the relay publishes and deletes them.
CREATE TABLE outbox_event (
    position    bigserial    PRIMARY KEY,
    id          uuid         NOT NULL UNIQUE,
    topic       varchar(200) NOT NULL,
    record_key  varchar(200) NOT NULL,
    type        varchar(200) NOT NULL,
    payload     text         NOT NULL,
    traceparent varchar(64),
    tracestate  varchar(512),
    occurred_at timestamptz  NOT NULL
);

-- The last official table published per table id: its version and a hash of its rows, so that only a change of the
-- table itself is published again.
CREATE TABLE league_table_snapshot (
    table_id     varchar(100) PRIMARY KEY,
    version      bigint       NOT NULL,
    content_hash varchar(64)  NOT NULL,
    published_at timestamptz  NOT NULL
);
