-- The survey-service schema starts empty; questionnaires, waves and responses arrive with their migrations.
CREATE TABLE survey_service_info (
    key   varchar(50) PRIMARY KEY,
    value varchar(200) NOT NULL
);
INSERT INTO survey_service_info (key, value) VALUES ('schema', 'parindex survey-service');
