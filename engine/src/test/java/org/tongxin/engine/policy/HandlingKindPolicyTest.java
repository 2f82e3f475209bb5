package org.tongxin.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class HandlingKindPolicyTest {

    private static final DeadlinePolicy BASE = DeadlinePolicy.defaults();

    @Test
    void aProposalIsEvaluatedByItsSubmittersOnTheClassScaleWithCoHandlersAndRehandling() {
        HandlingKindPolicy proposal = HandlingKindPolicy.proposal(BASE);

        assertThat(proposal.evaluators()).isEqualTo(Evaluators.SUBMITTERS);
        assertThat(proposal.coHandlers()).isTrue();
        assertThat(proposal.outcomeScale()).isEqualTo(OutcomeScale.CLASSES);
        assertThat(proposal.deadlines()).isSameAs(BASE);
        assertThat(proposal.mayRehandle(0)).isTrue();
        assertThat(proposal.mayRehandle(BASE.maxRehandles())).isFalse();
    }

    @Test
    void anInstructionHasItsOwnReplyTimeAndCapAndTheOtherLimitsOfTheBase() {
        HandlingKindPolicy instruction = HandlingKindPolicy.instruction(BASE, Period.ofMonths(1), Period.ofMonths(2));

        assertThat(instruction.evaluators()).isEqualTo(Evaluators.NONE);
        assertThat(instruction.coHandlers()).isFalse();
        assertThat(instruction.outcomeScale()).isEqualTo(OutcomeScale.MEASURES);
        assertThat(instruction.mayRehandle(0)).isFalse();
        assertThat(instruction.deadlines().reply()).isEqualTo(Period.ofMonths(1));
        assertThat(instruction.deadlines().keyProposalReply()).isEqualTo(Period.ofMonths(1));
        assertThat(instruction.deadlines().extendedReplyCap()).isEqualTo(Period.ofMonths(2));
        assertThat(instruction.deadlines().reminderBeforeDue()).isEqualTo(BASE.reminderBeforeDue());
        assertThat(instruction.deadlines().returnWindowWorkingDays()).isEqualTo(BASE.returnWindowWorkingDays());
    }

    @Test
    void aKindNobodyEvaluatesCannotBeRehandled() {
        assertThatThrownBy(() -> new HandlingKindPolicy(Evaluators.NONE, false, true, OutcomeScale.MEASURES, BASE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
