-- How many units of the wave have a result, as a final result says: the official SIPAS table waits for all of them,
-- so that a unit whose first result arrives at the close does not join the table a moment after the others.
ALTER TABLE survey_result ADD COLUMN wave_results bigint NOT NULL DEFAULT 0;
