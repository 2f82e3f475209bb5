package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;

/** Handling events stored before kinds existed read as a proposal's handling. */
class HandlingSourceUpcasterTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerialization.storageMapper())
            .build();

    /** As the store holds a revision 1 event (demo data and older stores). */
    private static final String OPENED_V1 =
            """
            {"handlingId":{"value":"P-1/transport/1"},"proposalId":"P-1","department":{"value":"transport"},"role":"LEAD",
             "leadHandlingId":null,"assignedOn":"2026-03-02","evaluators":["member-zhang"],"keyProposal":false,
             "returnWindowEnds":"2026-03-09","preHandlingContactDue":"2026-03-23","coHandlerOpinionDue":null,
             "replyDue":"2026-06-02","reminderOn":"2026-05-19",
             "openedBy":{"userId":"staff-li","role":"STAFF","department":null},"openedAt":"2026-03-02T02:00:00Z"}
            """;

    private static final String CLOSED_V1 =
            """
            {"handlingId":{"value":"P-1/transport/1"},"proposalId":"P-1","role":"LEAD","rounds":1,"outcome":"A",
             "evaluations":[],"notEvaluated":["member-zhang"],"escalated":false,
             "closedBy":{"userId":"system","role":"SYSTEM","department":null},"closedAt":"2026-06-02T02:00:00Z"}
            """;

    @Test
    void anOpenedHandlingOfRevisionOneReadsAsAProposalsExpectingNoOpinion() {
        HandlingOpened opened = (HandlingOpened) read(HandlingOpened.class.getName(), OPENED_V1);

        assertThat(opened.sourceKind()).isEqualTo(SourceKind.PROPOSAL);
        assertThat(opened.sourceId()).isEqualTo("P-1");
        assertThat(opened.role()).isEqualTo(HandlingRole.LEAD);
        assertThat(opened.expectedOpinions()).isZero();
        assertThat(opened.opinionsDue()).isNull();
        assertThat(opened.replyDue()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(opened.evaluators()).containsExactly("member-zhang");
    }

    @Test
    void aClosedHandlingOfRevisionOneKeepsItsProposalAsTheSource() {
        HandlingClosed closed = (HandlingClosed) read(HandlingClosed.class.getName(), CLOSED_V1);

        assertThat(closed.sourceKind()).isEqualTo(SourceKind.PROPOSAL);
        assertThat(closed.sourceId()).isEqualTo("P-1");
        assertThat(closed.notEvaluated()).containsExactly("member-zhang");
    }

    @Test
    void anInstructionOfRevisionOneTransferredNothing() {
        String v1 =
                """
                {"reportId":{"value":"R-1"},"leader":"市委副书记","instruction":"请研究落实。",
                 "recordedBy":{"userId":"staff","role":"STAFF","department":null},"recordedAt":"2026-03-02T02:00:00Z"}
                """;
        LeaderInstructionRecorded recorded =
                (LeaderInstructionRecorded) read(LeaderInstructionRecorded.class.getName(), v1);

        assertThat(recorded.leader()).isEqualTo("市委副书记");
        assertThat(recorded.handlings()).isEmpty();
    }

    private Object read(String type, String json) {
        DomainEventData<byte[]> entry = new GenericDomainEventEntry<>(
                "Handling",
                "P-1/transport/1",
                0L,
                "event-1",
                Instant.parse("2026-03-02T02:00:00Z"),
                type,
                HandlingSourceUpcaster.FROM,
                json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                        Stream.of(entry), serializer, new EventUpcasterChain(new HandlingSourceUpcaster()))
                .asStream()
                .toList();
        assertThat(messages).hasSize(1);
        return messages.get(0).getPayload();
    }
}
