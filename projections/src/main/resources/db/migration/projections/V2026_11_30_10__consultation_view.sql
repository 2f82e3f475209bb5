-- Read model of consultation topics (projection group "consultations"): the topic as a JSONB document, and the
-- columns the list, calendar and statistics filter and sort on. Rebuilt by replay: only the projection writes here.
CREATE TABLE consultation_view (
    topic_id    VARCHAR(64)  PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    status      VARCHAR(30)  NOT NULL,
    district    VARCHAR(200),
    street      VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL,
    meeting_on  DATE,
    held_on     DATE,
    online_open BOOLEAN      NOT NULL,
    doc         JSONB        NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX consultation_view_created ON consultation_view (created_at DESC);
CREATE INDEX consultation_view_meeting ON consultation_view (meeting_on);
CREATE INDEX consultation_view_status ON consultation_view (status, kind);
-- lead members, participants and source clues (member record, lineage)
CREATE INDEX consultation_view_doc ON consultation_view USING gin (doc jsonb_path_ops);
