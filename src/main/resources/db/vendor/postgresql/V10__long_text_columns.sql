-- PostgreSQL only (H2 keeps VARCHAR(1000000), its longest in-row string): answers, results and
-- rule-set contents as TEXT, PostgreSQL's own type for long strings, with no length limit to
-- check on every write. VARCHAR to TEXT is binary-compatible, so no table is rewritten.
ALTER TABLE assessment ALTER COLUMN answers TYPE TEXT;
ALTER TABLE assessment ALTER COLUMN result TYPE TEXT;
ALTER TABLE ruleset_file ALTER COLUMN content TYPE TEXT;
