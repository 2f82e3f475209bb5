-- The designer's studio. A draft is a BPMN document of one process saved on the server with who wrote it and when; it
-- may start from a deployed version (based_on_version) or an uploaded file. Saving again replaces the document and
-- forgets the last validation, so a draft is deployable only while its latest check found nothing.
CREATE TABLE process_draft (
    draft_id         BIGSERIAL   PRIMARY KEY,
    process_key      TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    xml              TEXT        NOT NULL,
    based_on_version INT,
    created_by       TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_by       TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    validated_at     TIMESTAMPTZ,
    findings         INT,
    deployed_version INT
);
CREATE INDEX process_draft_by_key ON process_draft (process_key, updated_at DESC);

-- Who deployed each version from the studio (versions deployed at start-up from the application's own files have no
-- row: the product deployed them).
CREATE TABLE process_deployment (
    definition_id TEXT        PRIMARY KEY,
    process_key   TEXT        NOT NULL,
    version       INT         NOT NULL,
    draft_id      BIGINT      REFERENCES process_draft (draft_id),
    deployed_by   TEXT        NOT NULL,
    deployed_at   TIMESTAMPTZ NOT NULL
);
