-- Evidence (tài liệu kiểm chứng) a unit attaches to a criterion: an uploaded file, kept with its name, type, size and
-- SHA-256, or a link to a document published elsewhere.
CREATE TABLE evidence (
    id             bigserial     PRIMARY KEY,
    assessment_id  bigint        NOT NULL REFERENCES assessment (id),
    criterion_code varchar(64)   NOT NULL,
    kind           varchar(8)    NOT NULL CHECK (kind IN ('FILE', 'LINK')),
    file_name      varchar(255),
    content_type   varchar(100),
    size_bytes     bigint,
    sha256         varchar(64),
    content        bytea,
    url            varchar(2000),
    description    varchar(1000),
    uploaded_at    timestamptz   NOT NULL,
    uploaded_by    varchar(100)  NOT NULL,
    CONSTRAINT evidence_file CHECK ((kind = 'FILE') = (content IS NOT NULL AND sha256 IS NOT NULL)),
    CONSTRAINT evidence_link CHECK ((kind = 'LINK') = (url IS NOT NULL))
);
CREATE INDEX evidence_assessment ON evidence (assessment_id, criterion_code);
