-- How many results of the period were official when a result was written: the official table waits for all of them,
-- so a period published at once appears at once.
ALTER TABLE assessment_result ADD COLUMN period_published_units bigint NOT NULL DEFAULT 0;
