-- The working-day calendar as designers keep it from the page: the latest saved revision of each year, written with
-- the event that saved it (the events are the record; this is what the deadlines load at start-up). A year without a
-- row is the file bundled with the application.
CREATE TABLE calendar_year (
    year         INT         PRIMARY KEY,
    revision     INT         NOT NULL,
    confirmed    BOOLEAN     NOT NULL,
    source       TEXT        NOT NULL,
    -- the days in the bundled files' line format ("holiday 2027-02-05..2027-02-08 春节"), one entry a line
    entries      TEXT        NOT NULL,
    revised_by   TEXT        NOT NULL,
    revised_at   TIMESTAMPTZ NOT NULL,
    confirmed_by TEXT,
    confirmed_at TIMESTAMPTZ
);
