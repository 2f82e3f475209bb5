package org.tongxin.infra.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code subject_key} table. Destroying a key blanks its column and keeps the row (when, by whom, why), so the
 * record of the erasure outlives the data it erased.
 *
 * <p>Within a batch of a streaming event processor the keys of every sealed subject in the batch's stored events are
 * read in one statement, at the first key the batch asks for: opening each registration's submitter read its key by a
 * query of its own, which was most of the time a replay of the clue pool waited on the database (ADR 31). The stored
 * form of each event is taken as it was read from the store; an event only in memory is not serialized for this.
 */
@Repository
class JdbcSubjectKeys implements SubjectKeys {

    private static final Logger log = LoggerFactory.getLogger(JdbcSubjectKeys.class);
    private static final String BATCH_KEYS = JdbcSubjectKeys.class.getName() + "/batch";
    private static final byte[] SEALED_FIELD = ("\"" + SubmitterSealing.SEALED + "\"").getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** Set while a batch's stored events are read for their subjects: nothing may be sealed then. */
    private static final ThreadLocal<Boolean> PREFETCHING = ThreadLocal.withInitial(() -> false);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<Serializer> eventSerializer;

    JdbcSubjectKeys(
            JdbcClient jdbc, Clock clock, @Qualifier("eventSerializer") ObjectProvider<Serializer> eventSerializer) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public Subject create() {
        if (PREFETCHING.get()) {
            throw new IllegalStateException("an event being read for its subjects would be sealed anew");
        }
        String id = UUID.randomUUID().toString();
        SecretKey key = SubjectCipher.newKey();
        jdbc.sql("INSERT INTO subject_key (subject, secret, created_at) VALUES (:s, :k, :at)")
                .param("s", id)
                .param("k", key.getEncoded())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new Subject(id, key);
    }

    @Override
    public Optional<SecretKey> find(String subject) {
        if (CurrentUnitOfWork.isStarted()
                && !PREFETCHING.get()
                && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch) {
            // not getOrComputeResource: this runs while a payload is deserialized, possibly inside another resource's
            // computation on the same unit of work, which a nested computeIfAbsent would break
            Map<String, Optional<SecretKey>> keys = batch.getResource(BATCH_KEYS);
            if (keys == null) {
                keys = prefetch(batch);
                batch.resources().put(BATCH_KEYS, keys);
            }
            Optional<SecretKey> key = keys.get(subject);
            if (key != null) {
                return key;
            }
        }
        return jdbc.sql("SELECT secret FROM subject_key WHERE subject = :s AND secret IS NOT NULL")
                .param("s", subject)
                .query((rs, i) -> SubjectCipher.key(rs.getBytes("secret")))
                .optional();
    }

    @Override
    public boolean destroy(String subject, String by, String reason) {
        return jdbc.sql(
                                """
                        UPDATE subject_key SET secret = NULL, destroyed_at = :at, destroyed_by = :by, reason = :reason
                         WHERE subject = :s AND secret IS NOT NULL
                        """)
                        .param("s", subject)
                        .param("at", Timestamp.from(clock.instant()))
                        .param("by", by)
                        .param("reason", reason)
                        .update()
                > 0;
    }

    /** The keys of every sealed subject in the batch's stored events, an empty key for one destroyed. */
    private Map<String, Optional<SecretKey>> prefetch(BatchingUnitOfWork<?> batch) {
        Set<String> subjects = new LinkedHashSet<>();
        Serializer serializer = eventSerializer.getIfAvailable();
        if (serializer == null) {
            return Map.of();
        }
        PREFETCHING.set(true);
        try {
            for (Object message : batch.getMessages()) {
                // a tracked event was read from the store, so its stored form is at hand without serializing it
                if (message instanceof TrackedEventMessage<?> event) {
                    try {
                        byte[] stored =
                                event.serializePayload(serializer, byte[].class).getData();
                        if (contains(stored, SEALED_FIELD)) {
                            collect(PLAIN.readTree(stored), subjects);
                        }
                    } catch (IOException | RuntimeException e) {
                        // this event's key is then asked for on its own, as before
                        log.debug("Could not read the subjects of event {}", event.getIdentifier(), e);
                    }
                }
            }
        } finally {
            PREFETCHING.set(false);
        }
        Map<String, Optional<SecretKey>> keys = new HashMap<>();
        if (subjects.isEmpty()) {
            return keys;
        }
        subjects.forEach(s -> keys.put(s, Optional.empty()));
        jdbc.sql("SELECT subject, secret FROM subject_key WHERE subject = ANY(:s) AND secret IS NOT NULL")
                .param("s", subjects.toArray(String[]::new))
                .query(rs -> {
                    keys.put(rs.getString("subject"), Optional.of(SubjectCipher.key(rs.getBytes("secret"))));
                });
        return keys;
    }

    private static void collect(JsonNode node, Set<String> subjects) {
        if (node.isObject() && node.hasNonNull(SubmitterSealing.SEALED) && node.hasNonNull(SubmitterSealing.SUBJECT)) {
            subjects.add(node.get(SubmitterSealing.SUBJECT).asText());
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, subjects));
        }
    }

    private static boolean contains(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
