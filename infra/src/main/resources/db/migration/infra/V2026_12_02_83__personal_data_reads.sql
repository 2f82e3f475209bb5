-- Every time the office is shown a submitter's name or phone unmasked: who read whose, when, and for what. Reads are
-- not domain facts, so they are kept here rather than as events; the audit log page lists them beside the events.
CREATE TABLE personal_data_read (
    id          BIGSERIAL    PRIMARY KEY,
    read_at     TIMESTAMPTZ  NOT NULL,
    reader      VARCHAR(100) NOT NULL,
    reader_role VARCHAR(40)  NOT NULL,
    clue_id     VARCHAR(64)  NOT NULL,
    purpose     VARCHAR(40)  NOT NULL
);
CREATE INDEX personal_data_read_time ON personal_data_read (read_at DESC);
CREATE INDEX personal_data_read_clue ON personal_data_read (clue_id, read_at DESC);
