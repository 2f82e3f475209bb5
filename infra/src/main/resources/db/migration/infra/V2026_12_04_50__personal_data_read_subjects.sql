-- A personal-data read names whose data was shown: a clue's submitter (the clue's id) or the giver of a consultation
-- opinion (the topic's id and the opinion's number), so both kinds of read are logged in one place and listed together.
ALTER TABLE personal_data_read RENAME COLUMN clue_id TO subject_id;
ALTER TABLE personal_data_read ADD COLUMN subject_kind VARCHAR(20) NOT NULL DEFAULT 'CLUE_SUBMITTER';
ALTER TABLE personal_data_read ADD COLUMN opinion_number INTEGER;
ALTER TABLE personal_data_read ADD CONSTRAINT personal_data_read_opinion
    CHECK ((subject_kind = 'OPINION_GIVER') = (opinion_number IS NOT NULL));
ALTER INDEX personal_data_read_clue RENAME TO personal_data_read_subject;
