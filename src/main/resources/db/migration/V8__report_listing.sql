-- The consultant's list of submitted assessments reads the report module's own copy of
-- what it shows, written with the scores from the AssessmentSubmitted event (and at
-- start-up for rows scored before): only the assessment module reads the assessment table.
ALTER TABLE assessment_score ADD COLUMN token VARCHAR(64);
ALTER TABLE assessment_score ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment_score ADD COLUMN company_label VARCHAR(200);
ALTER TABLE assessment_score ADD COLUMN lang VARCHAR(2);
ALTER TABLE assessment_score ADD COLUMN ruleset_version VARCHAR(64);
-- the ids of the findings, each between spaces: " finding.a finding.b "
ALTER TABLE assessment_score ADD COLUMN findings VARCHAR(100000);
CREATE INDEX assessment_score_submitted ON assessment_score (submitted_at);
