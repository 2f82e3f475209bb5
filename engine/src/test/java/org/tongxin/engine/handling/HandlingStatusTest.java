package org.tongxin.engine.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HandlingStatusTest {

    @Test
    void onlyReturnedAndClosedEndAHandling() {
        assertThat(Arrays.stream(HandlingStatus.values()).filter(HandlingStatus::ended))
                .containsExactlyInAnyOrder(HandlingStatus.RETURNED, HandlingStatus.CLOSED);
    }

    @Test
    void aReturnCanBeRequestedOnlyBeforeTheFirstReply() {
        assertThat(Arrays.stream(HandlingStatus.values()).filter(s -> s.canMoveTo(HandlingStatus.RETURN_REQUESTED)))
                .containsExactlyInAnyOrder(HandlingStatus.ASSIGNED, HandlingStatus.IN_PROGRESS);
    }

    @Test
    void anUpheldAssignmentGoesBackToWhereTheRequestCameFrom() {
        assertThat(HandlingStatus.RETURN_REQUESTED.canMoveTo(HandlingStatus.ASSIGNED))
                .isTrue();
        assertThat(HandlingStatus.RETURN_REQUESTED.canMoveTo(HandlingStatus.IN_PROGRESS))
                .isTrue();
        assertThat(HandlingStatus.RETURN_REQUESTED.canMoveTo(HandlingStatus.REPLIED))
                .isFalse();
    }

    @Test
    void aHandlingClosesOnlyFromASettledRoundOrAsACoHandlerInProgress() {
        assertThat(Arrays.stream(HandlingStatus.values()).filter(s -> s.canMoveTo(HandlingStatus.CLOSED)))
                .containsExactlyInAnyOrder(
                        HandlingStatus.IN_PROGRESS, HandlingStatus.EVALUATED, HandlingStatus.ESCALATED);
    }

    @Test
    void aRehandledRoundCanOnlyBeReplied() {
        assertThat(Arrays.stream(HandlingStatus.values()).filter(HandlingStatus.REHANDLING::canMoveTo))
                .containsExactly(HandlingStatus.REPLIED);
    }

    @Test
    void theOfficeMovesAnItemElsewhereOnlyBeforeTheFirstReply() {
        assertThat(Arrays.stream(HandlingStatus.values()).filter(s -> s.canMoveTo(HandlingStatus.RETURNED)))
                .containsExactlyInAnyOrder(
                        HandlingStatus.ASSIGNED, HandlingStatus.IN_PROGRESS, HandlingStatus.RETURN_REQUESTED);
    }
}
