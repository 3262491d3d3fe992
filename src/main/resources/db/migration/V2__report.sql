-- Re-assessment: a follow-up assessment remembers the one it was started from.
ALTER TABLE assessment ADD COLUMN previous_id UUID;

-- Scores of submitted assessments, kept apart from the assessments themselves so that
-- the peer comparison reads averages without reading anyone's answers.
CREATE TABLE assessment_score (
    assessment_id UUID                     PRIMARY KEY,
    overall       INTEGER                  NOT NULL,
    scored_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assessment_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE assessment_area_score (
    assessment_id UUID         NOT NULL,
    area          VARCHAR(100) NOT NULL,
    score         INTEGER      NOT NULL,
    PRIMARY KEY (assessment_id, area),
    CONSTRAINT assessment_area_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
