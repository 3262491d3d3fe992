-- Rule-set versions: the full content of rules/ and knowledge-base/. A published version is
-- immutable and numbered 1, 2, ...; the live one is the published version with the highest
-- number (a rollback publishes old content as a new number). Drafts (edited in the browser or
-- imported from disk) have no number until published; a discarded draft is kept for the record.
CREATE TABLE ruleset_version (
    id           UUID                     PRIMARY KEY,
    number       INTEGER,
    status       VARCHAR(16)              NOT NULL,
    origin       VARCHAR(16)              NOT NULL,
    base_number  INTEGER,
    author       VARCHAR(100)             NOT NULL,
    message      VARCHAR(500)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    -- SHA-256 over every file's path and content
    content_hash VARCHAR(64)              NOT NULL,
    -- the version string assessments record (RuleSet.version()), once the content has built
    ruleset_hash VARCHAR(64),
    -- what is wrong with a draft's content, one problem per line; NULL when it builds
    problems     VARCHAR(200000),
    CONSTRAINT ruleset_version_number_unique UNIQUE (number),
    CONSTRAINT ruleset_version_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'DISCARDED')),
    CONSTRAINT ruleset_version_origin_check CHECK (origin IN ('DISK', 'EDITOR', 'ROLLBACK')),
    CONSTRAINT ruleset_version_published_numbered CHECK (
        status <> 'PUBLISHED' OR (number IS NOT NULL AND published_at IS NOT NULL AND ruleset_hash IS NOT NULL))
);
CREATE INDEX ruleset_version_status ON ruleset_version (status, created_at);

-- The files of a version, by path from the project root ('rules/findings/hiring.drl',
-- 'knowledge-base/findings.yaml'); text in UTF-8, at most a million characters a file (H2's limit).
CREATE TABLE ruleset_file (
    version_id UUID           NOT NULL,
    path       VARCHAR(300)   NOT NULL,
    content    VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (version_id, path),
    CONSTRAINT ruleset_file_version FOREIGN KEY (version_id) REFERENCES ruleset_version (id)
);
