package db.migration.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongxin.infra.axon.OpinionSubmittedSealingUpcaster;
import org.tongxin.infra.personaldata.SubjectCipher;
import org.tongxin.infra.personaldata.SubjectKeys;
import org.tongxin.infra.personaldata.SubmitterSealing;

/**
 * Seals the name and phone that public opinions of revision 1 hold in clear: each such row gets a data subject with a
 * key of its own, its clear fields become a sealed {@code giver}, and it becomes revision 2; everything else in the
 * payload is kept as JSON. Rows of the dead-letter queue are always sealed. A row of the event store that the hash
 * chain already covers is left as written: rewriting it would break the chain at that position, which is the very
 * edit the chain exists to reveal; such a row reads through the upcaster with its clear giver, and an erasure then
 * purges it from every view but not from the row (counted in the log at start-up). Rows without a name or phone are
 * left to the upcaster.
 */
public class V2026_12_03_70__SealOpinionGivers extends BaseJavaMigration {

    static final String TYPE = "org.tongxin.engine.consultation.OpinionSubmitted";
    private static final Logger log = LoggerFactory.getLogger(V2026_12_03_70__SealOpinionGivers.class);
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What the migration did: rows sealed, and rows left in clear because the chain covers them. */
    public record Outcome(int sealed, int chained) {}

    @Override
    public void migrate(Context context) throws Exception {
        Outcome outcome = seal(context.getConnection(), Instant.now());
        if (outcome.chained() > 0) {
            log.warn(
                    "{} public opinions of revision 1 with a name or phone are covered by the event chain and were left"
                            + " in clear; erasing them purges the views only",
                    outcome.chained());
        }
    }

    public static Outcome seal(Connection connection, Instant now) throws SQLException {
        long sealedHead;
        try (PreparedStatement head =
                        connection.prepareStatement("SELECT COALESCE(MAX(global_index), 0) FROM event_seal");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            sealedHead = rs.getLong(1);
        }
        Outcome store = seal(connection, "domain_event_entry", "global_index", sealedHead, now);
        Outcome dead = seal(connection, "dead_letter_entry", "dead_letter_id", Long.MAX_VALUE, now);
        return new Outcome(store.sealed() + dead.sealed(), store.chained());
    }

    private static Outcome seal(Connection connection, String table, String key, long chainedUpTo, Instant now)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + key + ", payload FROM " + table + " WHERE payload_type = ? AND payload_revision = '1'")) {
            select.setString(1, TYPE);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getObject(1), rs.getBytes(2)});
                }
            }
        }
        int sealed = 0;
        int chained = 0;
        for (Object[] row : rows) {
            ObjectNode event = read((byte[]) row[1]);
            ObjectNode giver =
                    (ObjectNode) OpinionSubmittedSealingUpcaster.upcast(event).get("giver");
            String name = text(giver, "name");
            String phone = text(giver, "phone");
            if (name == null && phone == null) {
                continue;
            }
            if (chainedUpTo != Long.MAX_VALUE && ((Number) row[0]).longValue() <= chainedUpTo) {
                chained++;
                continue;
            }
            SubjectKeys.Subject subject = newSubject(connection, now);
            event.set(
                    "giver",
                    SubmitterSealing.seal(
                            subject, name, phone, giver.path("consented").asBoolean(false)));
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET payload = ?, payload_revision = '2' WHERE " + key + " = ?")) {
                update.setBytes(1, event.toString().getBytes(StandardCharsets.UTF_8));
                update.setObject(2, row[0]);
                update.executeUpdate();
            }
            sealed++;
        }
        return new Outcome(sealed, chained);
    }

    private static SubjectKeys.Subject newSubject(Connection connection, Instant now) throws SQLException {
        SubjectKeys.Subject subject = new SubjectKeys.Subject(UUID.randomUUID().toString(), SubjectCipher.newKey());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO subject_key (subject, secret, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, subject.id());
            insert.setBytes(2, subject.key().getEncoded());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }
        return subject;
    }

    private static ObjectNode read(byte[] payload) throws SQLException {
        try {
            return (ObjectNode) JSON.readTree(payload);
        } catch (IOException | ClassCastException e) {
            throw new SQLException("a public opinion's payload is not a JSON object", e);
        }
    }

    private static String text(JsonNode giver, String field) {
        if (!giver.hasNonNull(field) || giver.get(field).asText().isBlank()) {
            return null;
        }
        return giver.get(field).asText();
    }
}
