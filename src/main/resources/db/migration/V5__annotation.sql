-- Consultants' notes on a report, shown to the owner on the page and in the PDF.
CREATE TABLE annotation (
    id            UUID                     PRIMARY KEY,
    assessment_id UUID                     NOT NULL,
    author        VARCHAR(100)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    body          VARCHAR(4000)            NOT NULL,
    CONSTRAINT annotation_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX annotation_assessment_at ON annotation (assessment_id, created_at);
