package org.tongxin.infra.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Verifies the sealed part of the event log with plain JDBC, so the application and the command-line verifier run the
 * same code: every event in the range is digested again and compared with its seal, every sealed position must still
 * hold its event (and every event in the sealed range a seal), and every checkpoint in the range must carry the seal's
 * digest and a valid SM2 signature by a trusted key. The first broken position is reported.
 */
public final class ChainVerifier {

    /** Why a position is broken. */
    public enum Reason {
        /** The event's columns no longer give the digest it was sealed with: the row was edited. */
        ALTERED,
        /** A sealed event is no longer in the log: the row was deleted. */
        MISSING,
        /** An event sits at a sealed position that was sealed for another event. */
        REPLACED,
        /** An event inside the sealed range was never sealed: the row was inserted afterwards. */
        UNSEALED,
        /** A checkpoint's digest differs from the seal at its position: the seals were rewritten. */
        CHECKPOINT_MISMATCH,
        /** A checkpoint's signature does not verify. */
        BAD_SIGNATURE,
        /** A checkpoint was signed by a key the verifier was not told to trust. */
        UNTRUSTED_KEY
    }

    /** The first broken position and what is known about the event there. */
    public record Break(
            long position,
            Reason reason,
            String eventIdentifier,
            String aggregateIdentifier,
            Long sequenceNumber,
            String payloadType) {}

    /**
     * The outcome: the range looked at ({@code from}..{@code to}, clipped to the sealed head), how many events and
     * checkpoints were checked, how many events after the head wait to be sealed, and the first break if any.
     */
    public record Result(
            boolean intact,
            long from,
            long to,
            long sealedHead,
            long eventsChecked,
            long checkpointsChecked,
            long pending,
            Break firstBreak) {}

    private final Set<String> trustedKeys;

    /**
     * @param trustedKeys public keys (X.509 DER, hex) whose checkpoints count; empty means every checkpoint's own key
     *     is accepted (its signature still has to verify)
     */
    public ChainVerifier(Set<String> trustedKeys) {
        this.trustedKeys = Set.copyOf(trustedKeys);
    }

    /** Verifies positions {@code from}..{@code to}, either may be null (the whole sealed log). */
    public Result verify(Connection connection, Long from, Long to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL streams a result set only inside a transaction
        connection.setAutoCommit(false);
        try {
            return run(connection, from, to);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private Result run(Connection connection, Long askedFrom, Long askedTo) throws SQLException {
        long head = single(connection, "SELECT COALESCE(MAX(global_index), 0) FROM event_seal");
        long from = askedFrom == null ? 1 : askedFrom;
        long to = askedTo == null ? head : Math.min(askedTo, head);
        long pending = single(connection, "SELECT COUNT(*) FROM domain_event_entry WHERE global_index > " + head);
        Map<Long, Checkpoint> checkpoints = checkpoints(connection, from, to);
        byte[] previous = previousDigest(connection, from);
        long events = 0;
        long checked = 0;
        Break broken = null;
        String sql = "SELECT s.global_index AS s_index, s.event_identifier AS s_id, s.algorithm, s.digest,"
                + " e.global_index AS e_global_index, e.event_identifier AS e_event_identifier,"
                + " e.aggregate_identifier AS e_aggregate_identifier, e.sequence_number AS e_sequence_number,"
                + " e.type AS e_type, e.payload_type AS e_payload_type, e.payload_revision AS e_payload_revision,"
                + " e.time_stamp AS e_time_stamp, e.meta_data AS e_meta_data, e.payload AS e_payload"
                + " FROM (SELECT * FROM event_seal WHERE global_index BETWEEN ? AND ?) s"
                + " FULL OUTER JOIN (SELECT * FROM domain_event_entry WHERE global_index BETWEEN ? AND ?) e"
                + " ON e.global_index = s.global_index"
                + " ORDER BY COALESCE(s.global_index, e.global_index)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(500);
            statement.setLong(1, from);
            statement.setLong(2, to);
            statement.setLong(3, from);
            statement.setLong(4, to);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next() && broken == null) {
                    rs.getLong("e_global_index");
                    boolean hasEvent = !rs.wasNull();
                    rs.getLong("s_index");
                    boolean hasSeal = !rs.wasNull();
                    StoredEvent event = hasEvent ? StoredEvent.read(rs, "e_") : null;
                    if (!hasSeal) {
                        broken = breakAt(event.globalIndex(), Reason.UNSEALED, event);
                        break;
                    }
                    long position = rs.getLong("s_index");
                    byte[] sealed = rs.getBytes("digest");
                    if (!hasEvent) {
                        broken = new Break(position, Reason.MISSING, rs.getString("s_id"), null, null, null);
                        break;
                    }
                    events++;
                    if (!event.eventIdentifier().equals(rs.getString("s_id"))) {
                        broken = breakAt(position, Reason.REPLACED, event);
                        break;
                    }
                    ChainAlgorithm algorithm = ChainAlgorithm.ofStored(rs.getString("algorithm"));
                    if (!Arrays.equals(event.digest(algorithm, previous), sealed)) {
                        broken = breakAt(position, Reason.ALTERED, event);
                        break;
                    }
                    Checkpoint checkpoint = checkpoints.get(position);
                    if (checkpoint != null) {
                        checked++;
                        Reason wrong = checkpoint.problem(sealed, trustedKeys);
                        if (wrong != null) {
                            broken = breakAt(position, wrong, event);
                            break;
                        }
                    }
                    previous = sealed;
                }
            }
        }
        return new Result(broken == null, from, to, head, events, checked, pending, broken);
    }

    private static Break breakAt(long position, Reason reason, StoredEvent event) {
        return new Break(
                position,
                reason,
                event.eventIdentifier(),
                event.aggregateIdentifier(),
                event.sequenceNumber(),
                event.payloadType());
    }

    /** The sealed digest just before {@code from}; nothing (the chain's start) when there is none. */
    private static byte[] previousDigest(Connection connection, long from) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT digest FROM event_seal WHERE global_index < ? ORDER BY global_index DESC LIMIT 1")) {
            statement.setLong(1, from);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : new byte[0];
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Checkpoint(
            long upTo, String algorithm, byte[] digest, long signedAtMillis, byte[] signature, byte[] publicKey) {

        Reason problem(byte[] sealed, Set<String> trusted) {
            if (!Arrays.equals(digest, sealed)) {
                return Reason.CHECKPOINT_MISMATCH;
            }
            byte[] statement = Sm2.checkpointStatement(upTo, algorithm, digest, signedAtMillis);
            if (!Sm2.verify(publicKey, statement, signature)) {
                return Reason.BAD_SIGNATURE;
            }
            if (!trusted.isEmpty() && !trusted.contains(java.util.HexFormat.of().formatHex(publicKey))) {
                return Reason.UNTRUSTED_KEY;
            }
            return null;
        }
    }

    private static Map<Long, Checkpoint> checkpoints(Connection connection, long from, long to) throws SQLException {
        Map<Long, Checkpoint> found = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT up_to, algorithm, digest, signed_at_ms, signature, public_key FROM event_chain_checkpoint"
                        + " WHERE up_to BETWEEN ? AND ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            rs.getLong(1),
                            new Checkpoint(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getBytes(3),
                                    rs.getLong(4),
                                    rs.getBytes(5),
                                    rs.getBytes(6)));
                }
            }
        }
        return found;
    }
}
