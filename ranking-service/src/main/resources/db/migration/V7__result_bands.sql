-- The methodology's groups as the result event states them, for "how far is the next group".
ALTER TABLE assessment_result ADD COLUMN bands jsonb;
