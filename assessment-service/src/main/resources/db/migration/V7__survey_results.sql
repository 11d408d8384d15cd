-- A period may take its survey criteria from one named survey wave; without one, any wave of the period's year.
ALTER TABLE assessment_period ADD COLUMN survey_wave varchar(60);

-- The newest survey-result version applied per wave and unit: an older or replayed event changes nothing.
CREATE TABLE survey_result_applied (
    wave_code  varchar(60) NOT NULL,
    unit_code  varchar(40) NOT NULL,
    version    bigint      NOT NULL,
    applied_at timestamptz NOT NULL,
    PRIMARY KEY (wave_code, unit_code)
);
