-- The member-activity read model (projection group "member-activity", 履职档案). One row per aggregate holds what the
-- fold keeps of it (title, who leads, signs, evaluates) and the last sequence number folded in; one row per activity
-- names the member, what they did, the day and the item. Both are rebuilt by replay.

CREATE TABLE member_activity_source (
    source_id  TEXT         PRIMARY KEY,
    type       VARCHAR(40)  NOT NULL,
    title      TEXT,
    doc        JSONB        NOT NULL,
    version    BIGINT       NOT NULL
);
CREATE INDEX member_activity_source_type ON member_activity_source (type);

CREATE TABLE member_activity (
    source_id    TEXT         NOT NULL REFERENCES member_activity_source (source_id) ON DELETE CASCADE,
    member       VARCHAR(64)  NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    activity_key VARCHAR(120) NOT NULL,
    category     VARCHAR(40)  NOT NULL,
    year         INTEGER      NOT NULL,
    on_date      DATE         NOT NULL,
    subject_id   TEXT,
    title        TEXT,
    level        VARCHAR(20),
    outcome      VARCHAR(40),
    department   VARCHAR(40),
    link         TEXT,
    PRIMARY KEY (source_id, member, kind, activity_key)
);
CREATE INDEX member_activity_member_year ON member_activity (member, year, on_date);
CREATE INDEX member_activity_year ON member_activity (year);
