-- Clue pool read model (projection group "clue-pool"). Rebuilt by replay: only the projection writes here.
CREATE TABLE clue_view (
    clue_id         VARCHAR(64)  PRIMARY KEY,
    tracking_code   VARCHAR(32)  NOT NULL,
    title           VARCHAR(200) NOT NULL,
    content         TEXT         NOT NULL,
    source          VARCHAR(32)  NOT NULL,
    district        VARCHAR(100),
    street          VARCHAR(100),
    category        VARCHAR(50),
    status          VARCHAR(40)  NOT NULL,
    route           VARCHAR(40),
    submitter_name  VARCHAR(100),
    submitter_phone VARCHAR(40),
    registered_at   TIMESTAMPTZ  NOT NULL,
    classified_at   TIMESTAMPTZ,
    version         BIGINT       NOT NULL
);

CREATE INDEX clue_view_status_registered ON clue_view (status, registered_at DESC);
CREATE UNIQUE INDEX clue_view_tracking_code ON clue_view (tracking_code);
