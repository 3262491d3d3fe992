-- The report module's indexes for a list that does not grow with the database.
--
-- One row per finding of each listed assessment, written with its scores in the submission's
-- transaction: "with the problem X" reads this index instead of searching text. submitted_at
-- is copied so that a filtered page is read in list order from the finding's own index.
CREATE TABLE assessment_finding (
    assessment_id UUID                     NOT NULL,
    finding       VARCHAR(100)             NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, finding),
    CONSTRAINT assessment_finding_listed FOREIGN KEY (assessment_id) REFERENCES assessment_score (assessment_id)
);
CREATE INDEX assessment_finding_list ON assessment_finding (finding, submitted_at DESC, assessment_id);

-- The list's order (newest first, ties by id) and its language filter, read as ranges.
DROP INDEX assessment_score_submitted;
CREATE INDEX assessment_score_list ON assessment_score (submitted_at DESC, assessment_id);
CREATE INDEX assessment_score_lang_list ON assessment_score (lang, submitted_at DESC, assessment_id);

-- Assessments listed before this: their findings are in the text column V8 added, each id
-- between spaces (" finding.a finding.b "); split them in plain SQL that H2 and PostgreSQL share.
INSERT INTO assessment_finding (assessment_id, finding, submitted_at)
WITH RECURSIVE split (assessment_id, submitted_at, rest, finding) AS (
    SELECT assessment_id, submitted_at, CAST(SUBSTRING(findings FROM 2) AS VARCHAR(100000)),
           CAST(NULL AS VARCHAR(100))
    FROM assessment_score
    WHERE findings IS NOT NULL AND submitted_at IS NOT NULL
    UNION ALL
    SELECT assessment_id, submitted_at, CAST(SUBSTRING(rest FROM POSITION(' ' IN rest) + 1) AS VARCHAR(100000)),
           CAST(SUBSTRING(rest FROM 1 FOR POSITION(' ' IN rest) - 1) AS VARCHAR(100))
    FROM split
    WHERE POSITION(' ' IN rest) > 0
)
SELECT DISTINCT assessment_id, finding, submitted_at FROM split WHERE finding IS NOT NULL AND finding <> '';

-- Running sums of the scores, so that the peer comparison reads a few rows whatever the number
-- of assessments: per area, and the overall score under the area '*' (no area id has a star).
-- Each sum is kept in a few stripes (an assessment adds to one, chosen by its id) so that
-- concurrent submissions seldom wait for each other's row lock; a reader adds the stripes up.
CREATE TABLE peer_score_sum (
    area        VARCHAR(100) NOT NULL,
    stripe      SMALLINT     NOT NULL,
    assessments BIGINT       NOT NULL,
    total       BIGINT       NOT NULL,
    PRIMARY KEY (area, stripe)
);
INSERT INTO peer_score_sum (area, stripe, assessments, total)
SELECT '*', 0, COUNT(*), SUM(overall) FROM assessment_score HAVING COUNT(*) > 0;
INSERT INTO peer_score_sum (area, stripe, assessments, total)
SELECT area, 0, COUNT(*), SUM(score) FROM assessment_area_score GROUP BY area;
