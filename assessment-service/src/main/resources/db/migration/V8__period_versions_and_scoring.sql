-- A period is versioned like every other thing a client edits (If-Match), is published as one act, and keeps the
-- best value of each RELATIVE_TO_BEST criterion among its units, maintained by the period-level scoring step.
ALTER TABLE assessment_period
    ADD COLUMN version      bigint       NOT NULL DEFAULT 1,
    ADD COLUMN updated_at   timestamptz,
    ADD COLUMN published_at timestamptz,
    ADD COLUMN published_by varchar(100),
    ADD COLUMN best_values  jsonb        NOT NULL DEFAULT '{}';

-- Assessments whose inputs changed in a period whose scoring depends on other units: the period step takes them,
-- recomputes the best values and, when they moved, every result of the period. Written by the request's own
-- transaction (an insert, so writers of different units never wait for each other), deleted by the step.
CREATE TABLE period_rescore (
    id            bigserial   PRIMARY KEY,
    period_code   varchar(64) NOT NULL REFERENCES assessment_period (code),
    assessment_id bigint      NOT NULL REFERENCES assessment (id),
    requested_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX period_rescore_period ON period_rescore (period_code, id);

-- Publishing with an incomplete result is an admin's decision, with the reason kept.
ALTER TABLE assessment ADD COLUMN incomplete_reason varchar(1000);
