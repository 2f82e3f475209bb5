package org.tongxin.infra.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.clue.Submitter;

/** A submitter is stored sealed under a subject's key, reads back while the key exists and as erased after. */
class SubmitterSealingTest {

    private final MemorySubjectKeys keys = new MemorySubjectKeys();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new SubmitterSealing(keys));

    @Test
    void aSubmitterWithContactIsStoredSealedAndReadsBack() throws Exception {
        String stored = mapper.writeValueAsString(new Submitter("欧阳明远", "13987654321", true));

        assertThat(stored).doesNotContain("欧阳明远").doesNotContain("13987654321").contains("\"sealed\"");
        assertThat(keys.size()).isEqualTo(1);
        assertThat(mapper.readValue(stored, Submitter.class)).isEqualTo(new Submitter("欧阳明远", "13987654321", true));
    }

    @Test
    void onceTheKeyIsDestroyedTheSubmitterReadsAsErased() throws Exception {
        String stored = mapper.writeValueAsString(new Submitter("欧阳明远", "13987654321", true));
        String subject = mapper.readTree(stored).get("subject").asText();

        assertThat(keys.destroy(subject, "staff", "本人要求")).isTrue();

        Submitter read = mapper.readValue(stored, Submitter.class);
        assertThat(read).isEqualTo(Submitter.erased(true));
        assertThat(read.givesContact()).isFalse();
    }

    @Test
    void anAnonymousSubmitterNeedsNoKey() throws Exception {
        String stored = mapper.writeValueAsString(Submitter.anonymous());

        assertThat(keys.size()).isZero();
        assertThat(mapper.readValue(stored, Submitter.class)).isEqualTo(Submitter.anonymous());
    }

    @Test
    void aSubmitterWrittenInClearBeforeSealingReadsAsWritten() throws Exception {
        Submitter read =
                mapper.readValue("{\"name\":\"张三\",\"phone\":\"13812345678\",\"consented\":true}", Submitter.class);

        assertThat(read).isEqualTo(new Submitter("张三", "13812345678", true));
    }

    @Test
    void aSealedContactMovedUnderAnotherSubjectDoesNotOpen() throws Exception {
        ObjectNode first = (ObjectNode) mapper.readTree(mapper.writeValueAsString(new Submitter("张三", "138", true)));
        JsonNode second = mapper.readTree(mapper.writeValueAsString(new Submitter("李四", "139", true)));
        first.set("subject", second.get("subject"));

        assertThatThrownBy(() -> mapper.treeToValue(first, Submitter.class))
                .hasRootCauseInstanceOf(javax.crypto.AEADBadTagException.class);
    }
}
