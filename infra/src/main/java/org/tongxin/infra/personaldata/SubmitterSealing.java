package org.tongxin.infra.personaldata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.tongxin.engine.clue.Submitter;

/**
 * How a {@link Submitter} is stored: a submitter who gave a name or phone is written as a new data subject's id and
 * the name and phone sealed with that subject's key; one who gave neither is written as it is. Reading opens the
 * sealed part with the subject's key, and once the key is destroyed reads an {@link Submitter#erased erased}
 * submitter. A submitter in clear (an event of revision 1, or stored before sealing) still reads as it was written.
 */
public final class SubmitterSealing extends SimpleModule {

    static final String SUBJECT = "subject";
    static final String SEALED = "sealed";
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String CONSENTED = "consented";
    static final String ERASED = "erased";

    private static final ObjectMapper PLAIN = new ObjectMapper();

    public SubmitterSealing(SubjectKeys keys) {
        super("submitter-sealing");
        addSerializer(Submitter.class, new Sealer(keys));
        addDeserializer(Submitter.class, new Opener(keys));
    }

    /** The sealed JSON of a submitter's contact under a new subject; the Flyway migration of old events uses it too. */
    public static ObjectNode seal(SubjectKeys.Subject subject, String name, String phone, boolean consented) {
        ObjectNode contact = PLAIN.createObjectNode().put(NAME, name).put(PHONE, phone);
        ObjectNode stored = PLAIN.createObjectNode();
        stored.put(SUBJECT, subject.id());
        stored.put(SEALED, SubjectCipher.seal(subject.key(), subject.id(), contact.toString()));
        stored.put(CONSENTED, consented);
        return stored;
    }

    private static final class Sealer extends JsonSerializer<Submitter> {

        private final SubjectKeys keys;

        Sealer(SubjectKeys keys) {
            this.keys = keys;
        }

        @Override
        public void serialize(Submitter value, JsonGenerator out, SerializerProvider serializers) throws IOException {
            if (value.givesContact()) {
                out.writeTree(seal(keys.create(), value.name(), value.phone(), value.consented()));
                return;
            }
            out.writeStartObject();
            out.writeNullField(NAME);
            out.writeNullField(PHONE);
            out.writeBooleanField(CONSENTED, value.consented());
            if (value.erased()) {
                out.writeBooleanField(ERASED, true);
            }
            out.writeEndObject();
        }
    }

    private static final class Opener extends JsonDeserializer<Submitter> {

        private final SubjectKeys keys;

        Opener(SubjectKeys keys) {
            this.keys = keys;
        }

        @Override
        public Submitter deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode stored = parser.readValueAsTree();
            boolean consented = stored.path(CONSENTED).asBoolean(false);
            if (stored.hasNonNull(SEALED)) {
                String subject = stored.path(SUBJECT).asText();
                Optional<SecretKey> key = keys.find(subject);
                if (key.isEmpty()) {
                    return Submitter.erased(consented);
                }
                JsonNode contact = readContact(SubjectCipher.open(
                        key.get(), subject, stored.get(SEALED).asText()));
                return new Submitter(text(contact, NAME), text(contact, PHONE), consented);
            }
            return new Submitter(
                    text(stored, NAME),
                    text(stored, PHONE),
                    consented,
                    stored.path(ERASED).asBoolean(false));
        }

        private static JsonNode readContact(String json) throws JsonProcessingException {
            return PLAIN.readTree(json);
        }

        /** NUL never reaches a read model, as for every other stored text. */
        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            return value.asText().replace('\0', '\uFFFD');
        }
    }

    /** The subject of a stored submitter, if it was sealed. */
    public static Optional<String> subjectOf(JsonNode storedSubmitter) {
        return storedSubmitter != null && storedSubmitter.hasNonNull(SEALED)
                ? Optional.of(storedSubmitter.path(SUBJECT).asText())
                : Optional.empty();
    }
}
