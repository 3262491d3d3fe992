-- Who did what, when: sign-ins (and failed ones), account changes, and later publishing,
-- rollbacks, imports, draft edits and annotations. Rows are only ever added.
CREATE TABLE audit_event (
    id      UUID                     PRIMARY KEY,
    at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor   VARCHAR(100)             NOT NULL,
    action  VARCHAR(50)              NOT NULL,
    subject VARCHAR(200),
    details VARCHAR(2000)
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_actor ON audit_event (actor);
