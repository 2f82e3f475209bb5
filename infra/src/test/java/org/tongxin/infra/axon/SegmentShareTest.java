package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentShareTest {

    private final SegmentShare share = new SegmentShare(null, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void aNodeAloneMayClaimEverySegment() {
        share.observed(0, Map.of("clue-pool", 2));

        assertThat(share.getMaxSegments("clue-pool")).isEqualTo(Short.MAX_VALUE);
    }

    @Test
    void nodesShareEachProcessorsSegmentsRoundedUp() {
        share.observed(1, Map.of("clue-pool", 2, "audit-log", 3));

        assertThat(share.getMaxSegments("clue-pool")).isEqualTo(1);
        assertThat(share.getMaxSegments("audit-log")).isEqualTo(2);
    }

    @Test
    void moreNodesThanSegmentsStillLetEachClaimOne() {
        share.observed(4, Map.of("clue-pool", 2));

        assertThat(share.getMaxSegments("clue-pool")).isEqualTo(1);
    }

    @Test
    void aProcessorWhoseTokensDoNotExistYetIsNotLimited() {
        share.observed(1, Map.of());

        assertThat(share.getMaxSegments("my-work")).isEqualTo(Short.MAX_VALUE);
    }

    @Test
    void whenTheOtherNodeIsGoneTheSurvivorMayClaimEverything() {
        share.observed(1, Map.of("clue-pool", 2));
        share.observed(0, Map.of("clue-pool", 2));

        assertThat(share.getMaxSegments("clue-pool")).isEqualTo(Short.MAX_VALUE);
    }
}
