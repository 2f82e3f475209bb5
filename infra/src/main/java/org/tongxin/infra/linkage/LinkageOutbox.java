package org.tongxin.infra.linkage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The escalating side's outbox table, {@code linkage_outbox}. */
@Repository
class LinkageOutbox {

    private final JdbcClient jdbc;

    LinkageOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the item was escalated before (an item goes up once). */
    boolean insert(Escalation e) {
        return jdbc.sql(
                                """
                INSERT INTO linkage_outbox (escalation_id, item_kind, item_id, item_label, title, content, note,
                                            feedback_clues, escalated_by, escalated_at, state, attempts,
                                            next_attempt_at)
                VALUES (:id, :kind, :item, :label, :title, :content, :note, :clues, :by, :at, 'PENDING', 0, :at)
                ON CONFLICT (item_kind, item_id) DO NOTHING
                """)
                        .param("id", e.escalationId())
                        .param("kind", e.itemKind())
                        .param("item", e.itemId())
                        .param("label", e.itemLabel())
                        .param("title", e.title())
                        .param("content", e.content())
                        .param("note", e.note())
                        .param("clues", String.join(",", e.feedbackClues()))
                        .param("by", e.escalatedBy())
                        .param("at", Timestamp.from(e.escalatedAt()))
                        .update()
                == 1;
    }

    /**
     * Claims up to {@code limit} rows in {@code state} whose time has come by moving their next attempt to
     * {@code leaseUntil}, so a second node (or a slow call) does not take them too; the caller then records the
     * outcome. A node that dies mid-call leaves the row to be tried again when the lease runs out.
     */
    List<Escalation> claimDue(Escalation.State state, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql(
                        """
                UPDATE linkage_outbox SET next_attempt_at = :lease
                WHERE escalation_id IN (SELECT escalation_id FROM linkage_outbox
                                        WHERE state = :state AND next_attempt_at <= :now
                                        ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
                .param("lease", Timestamp.from(leaseUntil))
                .param("state", state.name())
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(LinkageOutbox::row)
                .list();
    }

    void sent(String id, String remoteClueId, String remoteCode, Instant at, Instant nextPoll) {
        jdbc.sql(
                        """
                UPDATE linkage_outbox SET state = 'SENT', remote_clue_id = :clue, remote_code = :code, sent_at = :at,
                       attempts = attempts + 1, last_error = NULL, next_attempt_at = :next
                WHERE escalation_id = :id AND state = 'PENDING'
                """)
                .param("clue", remoteClueId)
                .param("code", remoteCode)
                .param("at", Timestamp.from(at))
                .param("next", Timestamp.from(nextPoll))
                .param("id", id)
                .update();
    }

    void failed(String id, int attempts, String error, Instant next) {
        jdbc.sql(
                        """
                UPDATE linkage_outbox SET attempts = :attempts, last_error = :error, next_attempt_at = :next
                WHERE escalation_id = :id
                """)
                .param("attempts", attempts)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("next", Timestamp.from(next))
                .param("id", id)
                .update();
    }

    void polled(String id, Instant next, String error) {
        jdbc.sql("UPDATE linkage_outbox SET next_attempt_at = :next, last_error = :error WHERE escalation_id = :id")
                .param("next", Timestamp.from(next))
                .param("error", error)
                .param("id", id)
                .update();
    }

    void closed(String id, Instant at) {
        jdbc.sql("UPDATE linkage_outbox SET state = 'CLOSED', closed_at = :at WHERE escalation_id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    Optional<Escalation> find(String id) {
        return jdbc.sql("SELECT * FROM linkage_outbox WHERE escalation_id = :id")
                .param("id", id)
                .query(LinkageOutbox::row)
                .optional();
    }

    Optional<Escalation> ofItem(String itemId) {
        return jdbc.sql("SELECT * FROM linkage_outbox WHERE item_id = :item ORDER BY escalated_at LIMIT 1")
                .param("item", itemId)
                .query(LinkageOutbox::row)
                .optional();
    }

    List<Escalation> latest(int limit) {
        return jdbc.sql("SELECT * FROM linkage_outbox ORDER BY escalated_at DESC, escalation_id LIMIT :limit")
                .param("limit", limit)
                .query(LinkageOutbox::row)
                .list();
    }

    private static Escalation row(ResultSet rs, int n) throws SQLException {
        String clues = rs.getString("feedback_clues");
        return new Escalation(
                rs.getString("escalation_id"),
                rs.getString("item_kind"),
                rs.getString("item_id"),
                rs.getString("item_label"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getString("note"),
                clues == null || clues.isEmpty() ? List.of() : Arrays.asList(clues.split(",")),
                rs.getString("escalated_by"),
                instant(rs, "escalated_at"),
                Escalation.State.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("last_error"),
                rs.getString("remote_clue_id"),
                rs.getString("remote_code"),
                instant(rs, "sent_at"),
                instant(rs, "closed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
