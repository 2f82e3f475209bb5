package org.tongxin.infra.studio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.infra.web.NotFound;

/**
 * Drafts of a process saved on the server, table {@code process_draft}. Other features read a draft's document
 * through {@link #xml(long)} (e.g. to rehearse it) without knowing the table.
 */
@Component
public class ProcessDrafts {

    /** A draft without its document, as lists show it; {@code findings} null while never checked since the last save. */
    public record Draft(
            long id,
            String processKey,
            String title,
            Integer basedOnVersion,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            Instant validatedAt,
            Integer findings,
            Integer deployedVersion) {

        /** Checked since it was last saved, and nothing was found. */
        public boolean valid() {
            return validatedAt != null && findings != null && findings == 0;
        }
    }

    private final JdbcClient jdbc;

    ProcessDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The BPMN document of a draft. */
    public String xml(long draftId) {
        return jdbc.sql("SELECT xml FROM process_draft WHERE draft_id = :id")
                .param("id", draftId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFound("draft " + draftId));
    }

    public Optional<Draft> find(String processKey, long draftId) {
        return jdbc.sql("SELECT * FROM process_draft WHERE draft_id = :id AND process_key = :key")
                .param("id", draftId)
                .param("key", processKey)
                .query(ProcessDrafts::row)
                .optional();
    }

    public List<Draft> list(String processKey) {
        return jdbc.sql("SELECT * FROM process_draft WHERE process_key = :key ORDER BY updated_at DESC, draft_id DESC")
                .param("key", processKey)
                .query(ProcessDrafts::row)
                .list();
    }

    /** Drafts of processes none of whose versions is deployed yet, last changed first. */
    public List<Draft> ofNewProcesses(java.util.Collection<String> deployedKeys) {
        return jdbc.sql(
                        """
                SELECT * FROM process_draft WHERE NOT (process_key = ANY (:keys))
                ORDER BY updated_at DESC, draft_id DESC
                """)
                .param("keys", deployedKeys.toArray(String[]::new))
                .query(ProcessDrafts::row)
                .list();
    }

    Draft create(String processKey, String title, String xml, Integer basedOnVersion, String by, Instant at) {
        long id = jdbc.sql(
                        """
                INSERT INTO process_draft (process_key, title, xml, based_on_version, created_by, created_at,
                                           updated_by, updated_at)
                VALUES (:key, :title, :xml, :based, :by, :at, :by, :at)
                RETURNING draft_id
                """)
                .param("key", processKey)
                .param("title", title)
                .param("xml", xml)
                .param("based", basedOnVersion)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
        return find(processKey, id).orElseThrow();
    }

    /** A new document for the draft; its last check no longer holds. */
    void save(long draftId, String xml, String by, Instant at) {
        jdbc.sql(
                        """
                UPDATE process_draft SET xml = :xml, updated_by = :by, updated_at = :at, validated_at = NULL,
                       findings = NULL
                WHERE draft_id = :id
                """)
                .param("xml", xml)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("id", draftId)
                .update();
    }

    void checked(long draftId, int findings, Instant at) {
        jdbc.sql("UPDATE process_draft SET validated_at = :at, findings = :findings WHERE draft_id = :id")
                .param("at", Timestamp.from(at))
                .param("findings", findings)
                .param("id", draftId)
                .update();
    }

    void deployed(long draftId, int version) {
        jdbc.sql("UPDATE process_draft SET deployed_version = :version WHERE draft_id = :id")
                .param("version", version)
                .param("id", draftId)
                .update();
    }

    private static Draft row(ResultSet rs, int n) throws SQLException {
        return new Draft(
                rs.getLong("draft_id"),
                rs.getString("process_key"),
                rs.getString("title"),
                (Integer) rs.getObject("based_on_version"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("updated_by"),
                instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("validated_at")),
                (Integer) rs.getObject("findings"),
                (Integer) rs.getObject("deployed_version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
