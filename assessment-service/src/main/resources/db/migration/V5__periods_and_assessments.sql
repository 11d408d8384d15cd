-- An assessment period: a pinned methodology version, a year, a unit level and optionally a parent unit
-- (e.g. the districts of one province), with its deadlines.
CREATE TABLE assessment_period (
    code                     varchar(64)  PRIMARY KEY,
    name                     varchar(300) NOT NULL,
    methodology_id           bigint       NOT NULL REFERENCES methodology (id),
    year                     integer      NOT NULL,
    unit_level               varchar(16)  NOT NULL,
    parent_key               varchar(48)  REFERENCES administrative_unit (unit_key),
    self_assessment_deadline timestamptz  NOT NULL,
    explanation_deadline     timestamptz  NOT NULL,
    created_at               timestamptz  NOT NULL,
    created_by               varchar(100) NOT NULL
);

-- One assessment per unit and period, with its workflow status, its optimistic version, and its current result.
CREATE TABLE assessment (
    id             bigserial    PRIMARY KEY,
    period_code    varchar(64)  NOT NULL REFERENCES assessment_period (code),
    unit_key       varchar(48)  NOT NULL REFERENCES administrative_unit (unit_key),
    status         varchar(32)  NOT NULL,
    version        bigint       NOT NULL,
    result         jsonb,
    result_version bigint       NOT NULL DEFAULT 0,
    published_at   timestamptz,
    updated_at     timestamptz  NOT NULL,
    CONSTRAINT assessment_period_unit UNIQUE (period_code, unit_key)
);

-- What each stage entered for a criterion: the unit's self-assessment, the appraiser's points, the final points.
CREATE TABLE criterion_entry (
    id             bigserial     PRIMARY KEY,
    assessment_id  bigint        NOT NULL REFERENCES assessment (id),
    criterion_code varchar(64)   NOT NULL,
    stage          varchar(16)   NOT NULL CHECK (stage IN ('SELF', 'APPRAISED', 'FINAL', 'SURVEY')),
    points         numeric(12,4),
    achieved       boolean,
    numerator      numeric(18,4),
    denominator    numeric(18,4),
    value          numeric(18,4),
    not_applicable boolean       NOT NULL DEFAULT false,
    note           varchar(4000),
    explanation    varchar(4000),
    updated_at     timestamptz   NOT NULL,
    updated_by     varchar(100)  NOT NULL,
    CONSTRAINT criterion_entry_stage UNIQUE (assessment_id, criterion_code, stage)
);

-- Bonus and penalty points awarded per line and stage.
CREATE TABLE adjustment_award (
    id            bigserial     PRIMARY KEY,
    assessment_id bigint        NOT NULL REFERENCES assessment (id),
    line_code     varchar(64)   NOT NULL,
    stage         varchar(16)   NOT NULL CHECK (stage IN ('SELF', 'APPRAISED', 'FINAL')),
    points        numeric(12,4) NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(100)  NOT NULL,
    CONSTRAINT adjustment_award_stage UNIQUE (assessment_id, line_code, stage)
);

-- Every change of points, note, explanation or status: who, when, the old and the new value.
CREATE TABLE audit_entry (
    id            bigserial     PRIMARY KEY,
    assessment_id bigint        NOT NULL REFERENCES assessment (id),
    at            timestamptz   NOT NULL,
    actor         varchar(100)  NOT NULL,
    field         varchar(200)  NOT NULL,
    old_value     varchar(4000),
    new_value     varchar(4000)
);
CREATE INDEX audit_entry_assessment ON audit_entry (assessment_id, id);
