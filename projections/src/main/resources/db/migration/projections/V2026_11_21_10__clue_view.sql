-- Clue pool read model (projection group "clue-pool"). Rebuilt by replay: only the projection writes here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE clue_view (
    clue_id         VARCHAR(64)  PRIMARY KEY,
    tracking_code   VARCHAR(32)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    content         TEXT         NOT NULL,
    source          VARCHAR(32)  NOT NULL,
    district        VARCHAR(100),
    street          VARCHAR(100),
    sector          VARCHAR(100),
    workstation     VARCHAR(100),
    member          VARCHAR(64),
    category        VARCHAR(50),
    status          VARCHAR(40)  NOT NULL,
    route           VARCHAR(40),
    decline_ground  VARCHAR(40),
    redirected_to   VARCHAR(200),
    merged_into     VARCHAR(64),
    adopter         VARCHAR(64),
    target_kind     VARCHAR(40),
    target_id       VARCHAR(160),
    feedback_count  INTEGER      NOT NULL DEFAULT 0,
    last_feedback   TEXT,
    submitter_name  VARCHAR(100),
    submitter_phone VARCHAR(40),
    registered_at   TIMESTAMPTZ  NOT NULL,
    classified_at   TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    version         BIGINT       NOT NULL
);

CREATE INDEX clue_view_registered ON clue_view (registered_at DESC);
CREATE INDEX clue_view_status_registered ON clue_view (status, registered_at DESC);
CREATE INDEX clue_view_member ON clue_view (member);
CREATE INDEX clue_view_adopter ON clue_view (adopter);
CREATE UNIQUE INDEX clue_view_tracking_code ON clue_view (tracking_code);
-- Substring search in Chinese text (q=人行出口): trigram indexes serve ILIKE '%…%' on both columns.
CREATE INDEX clue_view_title_trgm ON clue_view USING gin (title gin_trgm_ops);
CREATE INDEX clue_view_content_trgm ON clue_view USING gin (content gin_trgm_ops);

-- Clues merged into another (lineage both ways).
CREATE TABLE clue_merge (
    clue_id        VARCHAR(64) NOT NULL,
    merged_clue_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (clue_id, merged_clue_id)
);
