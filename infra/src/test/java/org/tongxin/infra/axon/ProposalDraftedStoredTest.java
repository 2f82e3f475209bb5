package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.proposal.ProposalChannel;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposerKind;

/**
 * A proposal drafted before the suggested category, the suggestions and the channel were recorded reads with none of
 * them, which means written online by its proposer: the fields were added, so no upcaster is needed.
 */
class ProposalDraftedStoredTest {

    private final Serializer serializer = JacksonSerializer.builder()
            .objectMapper(AxonSerialization.storageMapper())
            .build();

    /** As the store holds a draft from a clue (demo data and older stores). */
    private static final String DRAFTED_BEFORE =
            """
            {"proposalId":{"value":"P-1"},"title":"关于缓解学校周边交通拥堵的提案","content":"建议错峰放学。",
             "kind":"JOINT","leadProposer":"member","coSigners":["member2"],"body":null,
             "sourceClues":[{"value":"C-1"}],
             "draftedBy":{"userId":"member","role":"MEMBER","department":null},"draftedAt":"2026-03-02T02:00:00Z"}
            """;

    @Test
    void aDraftStoredBeforeChannelsWereRecordedReadsAsWrittenOnline() {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(
                DRAFTED_BEFORE.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                new SimpleSerializedType(ProposalDrafted.class.getName(), "1"));

        ProposalDrafted drafted = serializer.deserialize(stored);

        assertThat(drafted.kind()).isEqualTo(ProposerKind.JOINT);
        assertThat(drafted.coSigners()).containsExactly("member2");
        assertThat(drafted.category()).isNull();
        assertThat(drafted.suggestions()).isNull();
        assertThat(drafted.channel()).isNull();
        assertThat(drafted.channelOrOnline()).isEqualTo(ProposalChannel.ONLINE);
    }
}
