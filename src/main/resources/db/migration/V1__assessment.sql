-- An owner's assessment: a draft while answering, immutable once submitted.
-- Portable between H2 and PostgreSQL; JSON is stored as text.
CREATE TABLE assessment (
    id              UUID                     PRIMARY KEY,
    token           VARCHAR(64)              NOT NULL,
    company_label   VARCHAR(200),
    lang            VARCHAR(2)               NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    answers         VARCHAR(1000000)         NOT NULL,
    current_section VARCHAR(100),
    result          VARCHAR(1000000),
    ruleset_version VARCHAR(64),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    row_version     BIGINT                   NOT NULL,
    CONSTRAINT assessment_token_unique UNIQUE (token),
    CONSTRAINT assessment_status_check CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT assessment_submitted_complete CHECK (
        status = 'DRAFT' OR (result IS NOT NULL AND ruleset_version IS NOT NULL AND submitted_at IS NOT NULL))
);
