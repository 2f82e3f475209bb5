package org.tongxin.projections.clue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueStatus;

/**
 * Writes guard on the aggregate's sequence number: an event at or below the row's version was applied already, so
 * redelivery and replay leave the row as it is.
 */
@Repository
class ClueRepository {

    private final JdbcClient jdbc;

    ClueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ClueRegistered e, long sequence) {
        jdbc.sql(
                        """
                        INSERT INTO clue_view (clue_id, tracking_code, title, content, source, district, street,
                                               status, submitter_name, submitter_phone, registered_at, version)
                        VALUES (:id, :code, :title, :content, :source, :district, :street,
                                :status, :name, :phone, :at, :version)
                        ON CONFLICT (clue_id) DO NOTHING
                        """)
                .param("id", e.clueId().value())
                .param("code", e.trackingCode())
                .param("title", e.title())
                .param("content", e.content())
                .param("source", e.source().name())
                .param("district", e.location() == null ? null : e.location().district())
                .param("street", e.location() == null ? null : e.location().street())
                .param("status", ClueStatus.REGISTERED.name())
                .param("name", e.submitter() == null ? null : e.submitter().name())
                .param("phone", e.submitter() == null ? null : e.submitter().phone())
                .param("at", Timestamp.from(e.registeredAt()))
                .param("version", sequence)
                .update();
    }

    void classify(ClueClassified e, ClueStatus status, long sequence) {
        jdbc.sql(
                        """
                        UPDATE clue_view
                           SET category = :category, street = COALESCE(:street, street), route = :route,
                               status = :status, classified_at = :at, version = :version
                         WHERE clue_id = :id AND version < :version
                        """)
                .param("category", e.category())
                .param("street", e.street())
                .param("route", e.route().name())
                .param("status", status.name())
                .param("at", Timestamp.from(e.classifiedAt()))
                .param("version", sequence)
                .param("id", e.clueId().value())
                .update();
    }

    Optional<ClueSummary> find(String clueId) {
        return jdbc.sql("SELECT * FROM clue_view WHERE clue_id = :id")
                .param("id", clueId)
                .query(ClueRepository::map)
                .optional();
    }

    void clear() {
        jdbc.sql("TRUNCATE clue_view").update();
    }

    private static ClueSummary map(ResultSet rs, int row) throws SQLException {
        return new ClueSummary(
                rs.getString("clue_id"),
                rs.getString("tracking_code"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("source"),
                rs.getString("district"),
                rs.getString("street"),
                rs.getString("category"),
                rs.getString("status"),
                rs.getString("route"),
                rs.getString("submitter_name"),
                rs.getString("submitter_phone"),
                instant(rs.getTimestamp("registered_at")),
                instant(rs.getTimestamp("classified_at")),
                rs.getLong("version"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
