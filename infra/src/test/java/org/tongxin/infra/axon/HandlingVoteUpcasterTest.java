package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.proposal.HandlingVoteRecorded;
import org.tongxin.engine.proposal.VoteResult;

/** A handling vote stored before it counted the members voting reads with them and its result. */
class HandlingVoteUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerialization.storageMapper())
            .build();

    /** As the store would hold a revision 1 vote. */
    private static final String VOTE_V1 =
            """
            {"proposalId":{"value":"P-1"},"satisfied":31,"basicallySatisfied":8,"unsatisfied":2,"abstained":1,
             "recordedBy":{"userId":"staff","role":"STAFF","department":null},"recordedAt":"2026-03-02T02:00:00Z"}
            """;

    @Test
    void aVoteOfRevisionOneCountsEveryVoteCastAndGetsTheResultItsCountsGive() {
        HandlingVoteRecorded vote = read(VOTE_V1);

        assertThat(vote.voters()).isEqualTo(42);
        assertThat(vote.satisfied()).isEqualTo(31);
        assertThat(vote.abstained()).isEqualTo(1);
        assertThat(vote.result()).isEqualTo(VoteResult.SATISFIED);
    }

    private HandlingVoteRecorded read(String json) {
        DomainEventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Proposal",
                "P-1",
                0L,
                "event-1",
                Instant.parse("2026-03-02T02:00:00Z"),
                HandlingVoteRecorded.class.getName(),
                HandlingVoteUpcaster.FROM,
                json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(entry), serializer, new EventUpcasterChain(new HandlingVoteUpcaster()))
                .asStream()
                .toList();
        assertThat(messages).hasSize(1);
        return (HandlingVoteRecorded) messages.get(0).getPayload();
    }
}
