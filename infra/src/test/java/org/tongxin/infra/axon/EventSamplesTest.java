package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.proposal.HandlingVoteRecorded;
import org.tongxin.infra.personaldata.MemorySubjectKeys;

/**
 * Every event type has a stored JSON sample of its current revision, and every stored sample — of any revision —
 * reads as its type through the store's upcaster chain; one of the current revision is also written back as it was
 * stored, so a change of an event's shape that would need an upcaster fails here. Every upcaster step has samples of
 * the revision it starts from. New types get their sample from {@link EventSamples#main}.
 */
class EventSamplesTest {

    private final ObjectMapper mapper = AxonSerialization.storageMapper(new MemorySubjectKeys());
    private final Serializer serializer =
            JacksonSerializer.builder().objectMapper(mapper).build();

    /** The store's chain, in the upcasters' order. */
    private final EventUpcasterChain chain = new EventUpcasterChain(
            new HandlingSourceUpcaster(),
            new HandlingVoteUpcaster(),
            new ClueRegisteredSealingUpcaster(),
            new OpinionSubmittedSealingUpcaster());

    private final Map<String, Class<?>> types =
            EventSamples.types().stream().collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    @Test
    void everyEventTypeHasASampleOfItsCurrentRevision() {
        List<String> missing = EventSamples.types().stream()
                .filter(t -> !Files.exists(EventSamples.sample(t, EventSamples.revision(t))))
                .map(t -> t.getSimpleName() + " revision " + EventSamples.revision(t))
                .toList();
        assertThat(EventSamples.types()).hasSizeGreaterThan(80);
        assertThat(missing).as("run EventSamples.main to write them").isEmpty();
    }

    @Test
    void everyEventTypeIsStoredWithARevision() {
        assertThat(EventSamples.types().stream().filter(t -> EventSamples.revision(t) == null))
                .isEmpty();
    }

    @Test
    void everySampleReadsAsItsTypeAndOneOfTheCurrentRevisionIsWrittenBackAsStored() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Path file : samples()) {
            String typeName = file.getParent().getFileName().toString();
            String revision = file.getFileName().toString().replace(".json", "");
            Class<?> type = types.get(typeName);
            if (type == null) {
                failures.add(file + ": no such event type");
                continue;
            }
            byte[] stored = Files.readAllBytes(file);
            Object event;
            try {
                event = read(type.getName(), revision, stored);
            } catch (RuntimeException e) {
                failures.add(file + ": " + e);
                continue;
            }
            if (!type.isInstance(event)) {
                failures.add(file + ": read as " + event.getClass());
                continue;
            }
            if (revision.equals(EventSamples.revision(type))) {
                // through text, as the store holds it: a long read back from text is an int node like the sample's
                JsonNode written = withoutSubmitter(mapper.readTree(mapper.writeValueAsString(event)));
                JsonNode kept = withoutSubmitter(mapper.readTree(stored));
                if (!written.equals(kept)) {
                    failures.add(file + ": written back as " + written);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyUpcasterStepHasSamplesOfTheRevisionItStartsFrom() {
        List<String> missing = new ArrayList<>();
        for (String type : HandlingSourceUpcaster.TYPES) {
            expect(type, HandlingSourceUpcaster.FROM, missing);
        }
        expect(HandlingVoteRecorded.class.getName(), HandlingVoteUpcaster.FROM, missing);
        expect(ClueRegistered.class.getName(), ClueRegisteredSealingUpcaster.FROM, missing);
        expect(OpinionSubmitted.class.getName(), OpinionSubmittedSealingUpcaster.FROM, missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void aClueRegistrationOfRevisionOneKeepsItsClearSubmitterThroughTheUpcaster() throws IOException {
        ClueRegistered read = (ClueRegistered) read(
                ClueRegistered.class.getName(),
                "1",
                Files.readAllBytes(EventSamples.DIRECTORY.resolve("ClueRegistered/1.json")));

        assertThat(read.submitter().name()).isEqualTo("张三");
        assertThat(read.submitter().phone()).isEqualTo("13812345678");
        assertThat(read.submitter().erased()).isFalse();
    }

    @Test
    void anOpinionOfRevisionOneKeepsItsClearGiverThroughTheUpcaster() throws IOException {
        OpinionSubmitted read = (OpinionSubmitted) read(
                OpinionSubmitted.class.getName(),
                "1",
                Files.readAllBytes(EventSamples.DIRECTORY.resolve("OpinionSubmitted/1.json")));

        assertThat(read.giver().name()).isEqualTo("示例");
        assertThat(read.giver().phone()).isEqualTo("示例");
        assertThat(read.giver().consented()).isFalse();
        assertThat(read.giver().erased()).isFalse();
        assertThat(read.text()).isEqualTo("示例");
        assertThat(read.number()).isEqualTo(1);
    }

    private void expect(String type, String revision, List<String> missing) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (!Files.exists(EventSamples.DIRECTORY.resolve(simple).resolve(revision + ".json"))) {
            missing.add(simple + " revision " + revision);
        }
    }

    /**
     * A sealed submitter (a clue's, an opinion's giver) is sealed afresh (new subject, new nonce) each time it is written, and its sample's key is
     * not kept (so it reads as erased); the sealing itself is {@code SubmitterSealingTest}'s.
     */
    private static JsonNode withoutSubmitter(JsonNode event) {
        if (event instanceof ObjectNode e) {
            e.remove("submitter");
            e.remove("giver");
        }
        return event;
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(EventSamples.DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private Object read(String type, String revision, byte[] json) {
        DomainEventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Aggregate",
                "sample-1",
                0L,
                "event-1",
                Instant.parse("2026-03-02T02:00:00Z"),
                type,
                revision,
                json,
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, chain)
                .asStream()
                .findFirst()
                .orElseThrow()
                .getPayload();
    }
}
