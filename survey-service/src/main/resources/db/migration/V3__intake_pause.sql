-- An operator's pause of the inbound topic's intake, seen by every pod; no row: intake runs.
CREATE TABLE intake_pause (
    channel      varchar(40)  PRIMARY KEY,
    paused_until timestamptz  NOT NULL,
    paused_by    varchar(200) NOT NULL
);
