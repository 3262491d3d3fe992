-- A draft's history: every save of its files (through any editor) is one change, with who made
-- it, when, what it was (a message key and its arguments) and the content each changed file had
-- before it, so that any change can be undone; undoing is itself a change (it names the change it
-- undid in `undoes`), so it can be undone in turn.
CREATE TABLE draft_change (
    id          UUID                     PRIMARY KEY,
    version_id  UUID                     NOT NULL,
    seq         INTEGER                  NOT NULL,
    author      VARCHAR(100)             NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    description VARCHAR(100)             NOT NULL,
    -- the description's arguments, a JSON array of strings
    arguments   VARCHAR(4000)            NOT NULL,
    undoes      INTEGER,
    CONSTRAINT draft_change_seq_unique UNIQUE (version_id, seq),
    CONSTRAINT draft_change_version FOREIGN KEY (version_id) REFERENCES ruleset_version (id)
);

-- The content a changed file had before the change; NULL when the change added the file.
CREATE TABLE draft_change_file (
    change_id UUID             NOT NULL,
    path      VARCHAR(300)     NOT NULL,
    previous  VARCHAR(1000000),
    PRIMARY KEY (change_id, path),
    CONSTRAINT draft_change_file_change FOREIGN KEY (change_id) REFERENCES draft_change (id)
);

-- The content hash a draft's full check (build, linter, scenarios) last ran on: while it differs
-- from content_hash, the check runs in the background and the draft's page says so.
ALTER TABLE ruleset_version ADD COLUMN checked_hash VARCHAR(64);
UPDATE ruleset_version SET checked_hash = content_hash;
