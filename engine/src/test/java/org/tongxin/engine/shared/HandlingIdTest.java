package org.tongxin.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HandlingIdTest {

    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");

    @Test
    void aProposalsHandlingIdKeepsTheShapeStoredBeforeKindsExisted() {
        HandlingId id = HandlingId.of("p-42", TRANSPORT, 2);

        assertThat(id.value()).isEqualTo("p-42/transport/2");
        assertThat(id.source()).isEqualTo(new SourceRef(SourceKind.PROPOSAL, "p-42"));
        assertThat(id.department()).isEqualTo(TRANSPORT);
        assertThat(id.n()).isEqualTo(2);
    }

    @Test
    void anotherKindsHandlingIdReadsBackItsKindAndSource() {
        HandlingId id = HandlingId.of(new SourceRef(SourceKind.INSTRUCTION, "r-7"), TRANSPORT, 1);

        assertThat(id.value()).isEqualTo("instruction:r-7/transport/1");
        assertThat(id.sourceKind()).isEqualTo(SourceKind.INSTRUCTION);
        assertThat(id.sourceId()).isEqualTo("r-7");
        assertThat(id.department()).isEqualTo(TRANSPORT);
        assertThat(id.n()).isEqualTo(1);
    }

    @Test
    void anIdReadFromTextIsTheOneBuilt() {
        HandlingId built = HandlingId.of(new SourceRef(SourceKind.RECTIFICATION, "s-1"), TRANSPORT, 3);

        assertThat(new HandlingId(built.value()).source()).isEqualTo(built.source());
    }

    @Test
    void onlyThreePartTextIsAHandlingId() {
        assertThat(HandlingId.isHandlingId("p-42/transport/1")).isTrue();
        assertThat(HandlingId.isHandlingId("p-42")).isFalse();
        assertThat(HandlingId.isHandlingId(null)).isFalse();
        assertThatThrownBy(() -> new HandlingId("p-42").department()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> HandlingId.of("p-42", TRANSPORT, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
