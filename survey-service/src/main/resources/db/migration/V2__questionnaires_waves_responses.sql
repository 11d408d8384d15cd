-- Questionnaire versions are immutable: a change is a new version.
CREATE TABLE questionnaire (
    code          varchar(60)  NOT NULL,
    version       integer      NOT NULL,
    name          text         NOT NULL,
    template      boolean      NOT NULL,
    document      jsonb        NOT NULL,
    content_hash  char(64)     NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(200) NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE TABLE wave (
    code                  varchar(60)  PRIMARY KEY,
    name                  text         NOT NULL,
    questionnaire_code    varchar(60)  NOT NULL,
    questionnaire_version integer      NOT NULL,
    year                  integer      NOT NULL,
    unit_level            varchar(20)  NOT NULL,
    opens_on              date         NOT NULL,
    closes_on             date         NOT NULL,
    closed_at             timestamptz,
    anonymous_submission  boolean      NOT NULL,
    anonymous_per_minute  integer      NOT NULL,
    created_at            timestamptz  NOT NULL,
    created_by            varchar(200) NOT NULL,
    version               bigint       NOT NULL,
    FOREIGN KEY (questionnaire_code, questionnaire_version) REFERENCES questionnaire (code, version)
);

CREATE TABLE wave_unit (
    wave_code  varchar(60)  NOT NULL REFERENCES wave (code),
    unit_code  varchar(40)  NOT NULL,
    unit_name  text         NOT NULL,
    population bigint,
    target     integer      NOT NULL,
    PRIMARY KEY (wave_code, unit_code)
);

-- One row per accepted response; the id is the client's, so a resent response is recognised.
CREATE TABLE response (
    id           varchar(100) PRIMARY KEY,
    seq          bigserial    NOT NULL UNIQUE,
    wave_code    varchar(60)  NOT NULL,
    unit_code    varchar(40)  NOT NULL,
    answers      jsonb        NOT NULL,
    profile      jsonb        NOT NULL,
    channel      varchar(20)  NOT NULL,
    content_hash char(64)     NOT NULL,
    received_at  timestamptz  NOT NULL
);
CREATE INDEX response_wave_unit ON response (wave_code, unit_code, id);
CREATE INDEX response_wave_seq ON response (wave_code, seq);

-- Running counts, updated in the transaction that accepts the responses.
CREATE TABLE unit_tally (
    wave_code   varchar(60) NOT NULL,
    unit_code   varchar(40) NOT NULL,
    respondents bigint      NOT NULL,
    revision    bigint      NOT NULL,
    PRIMARY KEY (wave_code, unit_code)
);

CREATE TABLE item_tally (
    wave_code varchar(60) NOT NULL,
    unit_code varchar(40) NOT NULL,
    item_code varchar(40) NOT NULL,
    satisfied bigint      NOT NULL,
    valid     bigint      NOT NULL,
    PRIMARY KEY (wave_code, unit_code, item_code)
);

-- The last computed result per unit and wave, as published (version = the event's version).
CREATE TABLE unit_result (
    wave_code   varchar(60) NOT NULL,
    unit_code   varchar(40) NOT NULL,
    revision    bigint      NOT NULL,
    version     bigint      NOT NULL,
    result      jsonb       NOT NULL,
    computed_at timestamptz NOT NULL,
    PRIMARY KEY (wave_code, unit_code)
);

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
