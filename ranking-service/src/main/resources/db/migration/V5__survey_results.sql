-- The latest satisfaction result per unit and survey wave, as survey-service published it (SIPAS league tables).
CREATE TABLE survey_result (
    wave_code      varchar(60)   NOT NULL,
    unit_code      varchar(40)   NOT NULL,
    wave_name      text          NOT NULL,
    year           integer       NOT NULL,
    unit_level     varchar(20)   NOT NULL,
    wave_status    varchar(20)   NOT NULL,
    unit_name      text          NOT NULL,
    respondents    bigint        NOT NULL,
    index_percent  numeric(20,12),
    standard_error numeric(12,4),
    ci_low         numeric(12,4),
    ci_high        numeric(12,4),
    band           varchar(20),
    band_name      text,
    factors        jsonb         NOT NULL,
    version        bigint        NOT NULL,
    replicated_at  timestamptz   NOT NULL,
    PRIMARY KEY (wave_code, unit_code)
);
