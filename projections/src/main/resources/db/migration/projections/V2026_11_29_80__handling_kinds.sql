-- Department handling serves several kinds of item: the board, the inbox and the statistics filter by kind.
-- Every handling folded before kinds existed was a proposal's.
ALTER TABLE handling_view ADD COLUMN source_kind VARCHAR(40) NOT NULL DEFAULT 'PROPOSAL';
UPDATE handling_view SET doc = jsonb_set(doc, '{sourceKind}', '"PROPOSAL"') WHERE doc->>'sourceKind' IS NULL;
CREATE INDEX handling_view_kind ON handling_view (source_kind, due_on);

-- What a handling of a report's instruction is about, joined at read time: the report (title, text, author) and
-- the instruction that transferred it (leader, text). Kept by the handlings projection, cleared with it.
CREATE TABLE handling_report (
    report_id  VARCHAR(64) PRIMARY KEY,
    title      TEXT        NOT NULL,
    content    TEXT        NOT NULL,
    author     VARCHAR(64) NOT NULL
);

CREATE TABLE handling_instruction (
    handling_id VARCHAR(160) PRIMARY KEY,
    report_id   VARCHAR(64)  NOT NULL,
    leader      TEXT         NOT NULL,
    instruction TEXT         NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
