package db.migration.infra;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.tongxin.infra.personaldata.SubjectCipher;
import org.tongxin.infra.personaldata.SubjectKeys;
import org.tongxin.infra.personaldata.SubmitterSealing;

/**
 * Seals the name and phone that clue registrations of revision 1 hold in clear: each such row (in the event store and
 * in the dead-letter queue) gets a data subject with a key of its own, its submitter is rewritten sealed, and it
 * becomes revision 2. Everything else in the payload is kept byte for byte as JSON. This runs once, in Flyway, before
 * the application starts, so the event log is rewritten before anything that covers it (the hash chain) is built;
 * rows without a name or phone are left to the upcaster.
 */
public class V2026_12_02_82__SealSubmitters extends BaseJavaMigration {

    static final String TYPE = "org.tongxin.engine.clue.ClueRegistered";
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Override
    public void migrate(Context context) throws Exception {
        seal(context.getConnection(), Instant.now());
    }

    /** The number of rows sealed. */
    public static int seal(Connection connection, Instant now) throws SQLException {
        int sealed = 0;
        for (String table : List.of("domain_event_entry", "dead_letter_entry")) {
            sealed += seal(
                    connection, table, table.equals("domain_event_entry") ? "global_index" : "dead_letter_id", now);
        }
        return sealed;
    }

    private static int seal(Connection connection, String table, String key, Instant now) throws SQLException {
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
        for (Object[] row : rows) {
            byte[] rewritten = sealedPayload(connection, (byte[]) row[1], now);
            if (rewritten == null) {
                continue;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET payload = ?, payload_revision = '2' WHERE " + key + " = ?")) {
                update.setBytes(1, rewritten);
                update.setObject(2, row[0]);
                update.executeUpdate();
            }
            sealed++;
        }
        return sealed;
    }

    private static byte[] sealedPayload(Connection connection, byte[] payload, Instant now) throws SQLException {
        ObjectNode event;
        try {
            event = (ObjectNode) JSON.readTree(payload);
        } catch (java.io.IOException | ClassCastException e) {
            throw new SQLException("a clue registration's payload is not a JSON object", e);
        }
        JsonNode submitter = event.get("submitter");
        String name = text(submitter, "name");
        String phone = text(submitter, "phone");
        if (name == null && phone == null) {
            return null;
        }
        SubjectKeys.Subject subject = new SubjectKeys.Subject(UUID.randomUUID().toString(), SubjectCipher.newKey());
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO subject_key (subject, secret, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, subject.id());
            insert.setBytes(2, subject.key().getEncoded());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
        }
        event.set(
                "submitter",
                SubmitterSealing.seal(
                        subject, name, phone, submitter.path("consented").asBoolean(false)));
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode submitter, String field) {
        if (submitter == null
                || !submitter.hasNonNull(field)
                || submitter.get(field).asText().isBlank()) {
            return null;
        }
        return submitter.get(field).asText();
    }
}
