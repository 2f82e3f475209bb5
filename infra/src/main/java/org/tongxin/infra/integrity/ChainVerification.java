package org.tongxin.infra.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The application's side of verification: the chain verifier on a connection of its own, trusting the deployment's
 * current key and any earlier ones listed in {@code tongxin.integrity.trusted-keys} (hex or base64 X.509, comma
 * separated); and the seal of one event for a receipt.
 */
@Component
public class ChainVerification {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final SigningKey signingKey;
    private final List<String> earlierKeys;

    ChainVerification(
            DataSource dataSource,
            JdbcTemplate jdbc,
            SigningKey signingKey,
            @Value("${tongxin.integrity.trusted-keys:}") List<String> earlierKeys) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.signingKey = signingKey;
        this.earlierKeys = earlierKeys;
    }

    public ChainVerifier.Result verify(Long from, Long to) {
        Set<String> trusted = new HashSet<>();
        signingKey.publicKeyHex().ifPresent(trusted::add);
        earlierKeys.stream()
                .filter(k -> !k.isBlank())
                .map(k -> java.util.HexFormat.of().formatHex(Sm2.decodePublic(k)))
                .forEach(trusted::add);
        try (Connection connection = dataSource.getConnection()) {
            return new ChainVerifier(trusted).verify(connection, from, to);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event log to verify it", e);
        }
    }

    /**
     * Where an event stands in the chain: its position, when it was recorded, the digest it was sealed with (null
     * while not yet sealed) and whether its row still gives that digest.
     */
    public record Seal(long position, String timeStamp, String algorithm, byte[] digest, boolean matches) {

        public boolean sealed() {
            return digest != null;
        }

        /** The digest in hex, in groups of eight for reading aloud and comparing with a printed receipt. */
        public String groupedDigest() {
            if (digest == null) {
                return "";
            }
            String hex = java.util.HexFormat.of().formatHex(digest);
            StringBuilder grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 8) {
                grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 8));
            }
            return grouped.toString();
        }
    }

    /** The seal of the first (or {@code latest}) event of {@code payloadType} of an aggregate, for a receipt. */
    public Optional<Seal> sealOf(String aggregateIdentifier, String payloadType, boolean latest) {
        List<StoredEvent> events = jdbc.query(
                "SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type = ? ORDER BY sequence_number"
                        + (latest ? " DESC" : "") + " LIMIT 1",
                (rs, i) -> StoredEvent.read(rs, ""),
                aggregateIdentifier,
                payloadType);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        StoredEvent event = events.get(0);
        List<Seal> seals = jdbc.query(
                "SELECT s.algorithm, s.digest,"
                        + " (SELECT p.digest FROM event_seal p WHERE p.global_index < s.global_index"
                        + " ORDER BY p.global_index DESC LIMIT 1) AS previous"
                        + " FROM event_seal s WHERE s.global_index = ? AND s.event_identifier = ?",
                (rs, i) -> {
                    byte[] previous = rs.getBytes("previous");
                    String algorithm = rs.getString("algorithm");
                    byte[] digest = rs.getBytes("digest");
                    byte[] now =
                            event.digest(ChainAlgorithm.ofStored(algorithm), previous == null ? new byte[0] : previous);
                    return new Seal(
                            event.globalIndex(), event.timeStamp(), algorithm, digest, Arrays.equals(now, digest));
                },
                event.globalIndex(),
                event.eventIdentifier());
        return Optional.of(
                seals.isEmpty() ? new Seal(event.globalIndex(), event.timeStamp(), null, null, false) : seals.get(0));
    }
}
