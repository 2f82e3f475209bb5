package org.tongxin.projections.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.attachment.AttachmentAdded;

/**
 * Writes guard on the item stream's sequence number: an event at or below the row's version was applied already, so
 * redelivery and replay leave the row as it is.
 */
@Repository
class AttachmentRepository {

    private static final String COLUMNS = "attachment_id, item_kind, item_id, purpose, file_name, media_type, size,"
            + " digest, preview_digest, uploaded_by, uploader_role, uploaded_at, published";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AttachmentAdded e, long sequence) {
        jdbc.sql(
                        """
                        INSERT INTO attachment_view (attachment_id, item_kind, item_id, purpose, file_name, media_type,
                                                     size, digest, preview_digest, uploaded_by, uploader_role,
                                                     uploaded_at, published, version)
                        VALUES (:id, :kind, :item, :purpose, :name, :type, :size, :digest, :preview, :by, :role, :at,
                                FALSE, :version)
                        ON CONFLICT (attachment_id) DO NOTHING
                        """)
                .param("id", e.attachmentId().value())
                .param("kind", e.item().kind().name())
                .param("item", e.item().id())
                .param("purpose", e.purpose().name())
                .param("name", e.file().fileName())
                .param("type", e.file().mediaType())
                .param("size", e.file().size())
                .param("digest", e.file().digest())
                .param("preview", e.file().previewDigest())
                .param("by", e.addedBy().userId())
                .param("role", e.addedBy().role().name())
                .param("at", Timestamp.from(e.addedAt()))
                .param("version", sequence)
                .update();
    }

    void publish(String attachmentId, boolean published, long sequence) {
        jdbc.sql("UPDATE attachment_view SET published = :published, version = :version"
                        + " WHERE attachment_id = :id AND version < :version")
                .param("published", published)
                .param("version", sequence)
                .param("id", attachmentId)
                .update();
    }

    Optional<AttachmentView> find(String attachmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment_view WHERE attachment_id = :id")
                .param("id", attachmentId)
                .query(AttachmentRepository::view)
                .optional();
    }

    List<AttachmentView> list(ListAttachments query) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment_view WHERE item_kind = :kind AND item_id = :item"
                        + (query.publishedOnly() ? " AND published" : "")
                        + " ORDER BY uploaded_at, attachment_id")
                .param("kind", query.itemKind())
                .param("item", query.itemId())
                .query(AttachmentRepository::view)
                .list();
    }

    void clear() {
        jdbc.sql("DELETE FROM attachment_view").update();
    }

    private static AttachmentView view(ResultSet rs, int row) throws SQLException {
        return new AttachmentView(
                rs.getString("attachment_id"),
                rs.getString("item_kind"),
                rs.getString("item_id"),
                rs.getString("purpose"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("size"),
                rs.getString("digest"),
                rs.getString("preview_digest"),
                rs.getString("uploaded_by"),
                rs.getString("uploader_role"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getBoolean("published"));
    }
}
