-- The latest result of each unit in each assessment period, as assessment-service publishes it on
-- parindex.assessment-results.v1; league tables are computed from these rows.
CREATE TABLE assessment_result (
    period_code         varchar(64)   NOT NULL,
    unit_key            varchar(48)   NOT NULL,
    unit_code           varchar(32)   NOT NULL,
    unit_name           varchar(200)  NOT NULL,
    parent_key          varchar(48),
    period_name         varchar(300)  NOT NULL,
    year                integer       NOT NULL,
    methodology_code    varchar(64)   NOT NULL,
    methodology_version integer       NOT NULL,
    tie_rule            varchar(32)   NOT NULL,
    status              varchar(32)   NOT NULL,
    total               numeric(12,4) NOT NULL,
    max_points          numeric(12,4) NOT NULL,
    index_percent       numeric       NOT NULL,
    band                varchar(32),
    band_name           varchar(100),
    -- area code -> {name, points, maxPoints, percent}, in the methodology's order
    areas               jsonb         NOT NULL,
    version             bigint        NOT NULL,
    published_at        timestamptz,
    replicated_at       timestamptz   NOT NULL,
    PRIMARY KEY (period_code, unit_key)
);
