-- Attachments read model (projection group "attachments"). Rebuilt by replay: only the projection writes here. The
-- bytes are not here: digest and preview_digest key them in the content-addressed store (attachment_blob or S3).
CREATE TABLE attachment_view (
    attachment_id  VARCHAR(36)  PRIMARY KEY,
    item_kind      VARCHAR(20)  NOT NULL,
    item_id        VARCHAR(160) NOT NULL,
    purpose        VARCHAR(30)  NOT NULL,
    file_name      VARCHAR(200) NOT NULL,
    media_type     VARCHAR(120) NOT NULL,
    size           BIGINT       NOT NULL,
    digest         CHAR(64)     NOT NULL,
    preview_digest CHAR(64),
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploader_role  VARCHAR(20)  NOT NULL,
    uploaded_at    TIMESTAMPTZ  NOT NULL,
    published      BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE INDEX attachment_view_item ON attachment_view (item_kind, item_id, uploaded_at);
