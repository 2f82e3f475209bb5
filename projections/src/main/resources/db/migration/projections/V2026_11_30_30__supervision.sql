-- The supervision pool (projection group "supervision"): one row per entry, the whole view as a JSONB document and
-- the columns the pool's filters use; and the special supervisors' registry with its history and findings.
CREATE TABLE supervision_view (
    supervision_id VARCHAR(64)  PRIMARY KEY,
    subject        VARCHAR(200) NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    plan_year      INTEGER      NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    departments    TEXT[]       NOT NULL,
    item_departments TEXT[]     NOT NULL,
    registered_at  TIMESTAMPTZ  NOT NULL,
    doc            JSONB        NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX supervision_view_registered ON supervision_view (registered_at DESC);
CREATE INDEX supervision_view_status ON supervision_view (status, plan_year);
CREATE INDEX supervision_view_departments ON supervision_view USING gin (departments);
CREATE INDEX supervision_view_item_departments ON supervision_view USING gin (item_departments);

CREATE TABLE special_supervisor_term (
    member_id    VARCHAR(64) NOT NULL,
    department   VARCHAR(40) NOT NULL,
    term_start   DATE        NOT NULL,
    term_end     DATE        NOT NULL,
    ended_on     DATE,
    end_reason   TEXT,
    appointed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, department, term_start)
);

CREATE TABLE special_supervisor_finding (
    member_id      VARCHAR(64)  NOT NULL,
    n              INTEGER      NOT NULL,
    department     VARCHAR(40)  NOT NULL,
    subject        VARCHAR(200) NOT NULL,
    text           TEXT         NOT NULL,
    observed_on    DATE         NOT NULL,
    route          VARCHAR(20)  NOT NULL,
    supervision_id VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (member_id, n)
);
