-- How many assessments are submitted is asked at start-up and by every impact preview, and the
-- impact preview reads the submitted ones in pages in the order of their ids. Without an index on
-- the status both databases read the whole table to count; H2 keeps each row's answers and result
-- in the row itself, so at a million assessments that was 20 GB read and about 30 s
-- (docs/benchmarks.md). With the status and the id in one index the count reads only the index
-- and a page of the impact preview is a range of it, in order (an index on the status alone made
-- H2 read every submitted row and sort them for each page).
CREATE INDEX IF NOT EXISTS assessment_status ON assessment (status, id);
