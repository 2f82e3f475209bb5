-- Read models of public-opinion reports and bulletin issues (projection group "reports"). Each row holds the view as
-- a JSONB document, written by the fold, and the columns lists filter, sort and count on. Rebuilt by replay.

CREATE TABLE report_view (
    report_id   VARCHAR(64)  PRIMARY KEY,
    title       TEXT         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    sector      TEXT,
    level       VARCHAR(20),
    bulletin_id VARCHAR(16),
    drafted_at  TIMESTAMPTZ  NOT NULL,
    decided_at  TIMESTAMPTZ,
    doc         JSONB        NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX report_view_drafted ON report_view (drafted_at DESC);
CREATE INDEX report_view_status ON report_view (status, drafted_at DESC);
CREATE INDEX report_view_author ON report_view (author);
-- co-authors, sources and instructed departments by containment
CREATE INDEX report_view_doc ON report_view USING gin (doc jsonb_path_ops);

CREATE TABLE bulletin_view (
    bulletin_id  VARCHAR(16)  PRIMARY KEY,
    year         INTEGER      NOT NULL,
    number       INTEGER      NOT NULL,
    published_at TIMESTAMPTZ,
    doc          JSONB        NOT NULL,
    version      BIGINT       NOT NULL,
    UNIQUE (year, number)
);
