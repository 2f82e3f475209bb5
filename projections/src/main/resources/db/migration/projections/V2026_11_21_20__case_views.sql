-- Read models of the case views (projection groups "proposals", "handlings", "clue-cases"). Each row holds the
-- view value as a JSONB document, written by the group's fold, and the columns its queries filter, sort and count
-- on. Rebuilt by replay: only the projections write here.

CREATE TABLE proposal_view (
    proposal_id   VARCHAR(64)  PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    status        VARCHAR(40)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    lead_proposer VARCHAR(64)  NOT NULL,
    category      VARCHAR(50),
    key_proposal  BOOLEAN      NOT NULL,
    mode          VARCHAR(20),
    drafted_at    TIMESTAMPTZ  NOT NULL,
    doc           JSONB        NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX proposal_view_drafted ON proposal_view (drafted_at DESC);
CREATE INDEX proposal_view_status ON proposal_view (status, drafted_at DESC);
CREATE INDEX proposal_view_lead ON proposal_view (lead_proposer);
-- co-signer and source-clue containment (member record, lineage)
CREATE INDEX proposal_view_doc ON proposal_view USING gin (doc jsonb_path_ops);

CREATE TABLE handling_view (
    handling_id      VARCHAR(160) PRIMARY KEY,
    proposal_id      VARCHAR(64)  NOT NULL,
    department       VARCHAR(40)  NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    status           VARCHAR(40)  NOT NULL,
    due_on           DATE,
    assigned_on      DATE         NOT NULL,
    first_replied_on DATE,
    first_reply_late BOOLEAN,
    outcome          VARCHAR(2),
    return_requests  INTEGER      NOT NULL,
    escalated        BOOLEAN      NOT NULL,
    paused_on        DATE,
    closed_at        TIMESTAMPTZ,
    doc              JSONB        NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE INDEX handling_view_proposal ON handling_view (proposal_id);
-- the department board: a department's handlings, oldest due first
CREATE INDEX handling_view_board ON handling_view (department, due_on, assigned_on);
CREATE INDEX handling_view_assigned ON handling_view (assigned_on);
CREATE INDEX handling_view_replied ON handling_view (first_replied_on);

CREATE TABLE clue_case_view (
    clue_id        VARCHAR(64) PRIMARY KEY,
    tracking_code  VARCHAR(32) NOT NULL,
    status         VARCHAR(40) NOT NULL,
    closed_from    VARCHAR(40),
    feedback_count INTEGER     NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL,
    doc            JSONB       NOT NULL,
    version        BIGINT      NOT NULL
);
CREATE UNIQUE INDEX clue_case_view_tracking_code ON clue_case_view (tracking_code);
CREATE INDEX clue_case_view_registered ON clue_case_view (registered_at);
