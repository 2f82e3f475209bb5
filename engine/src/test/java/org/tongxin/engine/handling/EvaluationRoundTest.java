package org.tongxin.engine.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.engine.handling.HandlingMother.AFTER_EVALUATION;
import static org.tongxin.engine.handling.HandlingMother.CO_SIGNER;
import static org.tongxin.engine.handling.HandlingMother.EVALUATORS;
import static org.tongxin.engine.handling.HandlingMother.PROPOSER;
import static org.tongxin.engine.handling.HandlingMother.repliedOnTime;
import static org.tongxin.engine.handling.HandlingMother.satisfied;
import static org.tongxin.engine.handling.HandlingMother.unsatisfied;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.OutcomeClass;

class EvaluationRoundTest {

    @Test
    void theLastEvaluatorsEvaluationCompletesTheRound() {
        EvaluationRound round = EvaluationRound.first(EVALUATORS).replied(repliedOnTime());

        assertThat(round.lastToEvaluate()).isFalse();
        EvaluationRound one = round.given(satisfied(PROPOSER, false));
        assertThat(one.lastToEvaluate()).isTrue();
        assertThat(one.missing()).containsExactly(CO_SIGNER.userId());
        assertThat(one.outcome()).isEqualTo(OutcomeClass.B);
    }

    @Test
    void oneUnsatisfiedEvaluationMakesTheRoundUnsatisfied() {
        EvaluationRound round = EvaluationRound.first(EVALUATORS)
                .replied(repliedOnTime())
                .given(satisfied(PROPOSER, false))
                .given(unsatisfied(CO_SIGNER, true, 1, AFTER_EVALUATION));

        assertThat(round.unsatisfied()).isTrue();
        assertThat(round.evaluationList()).hasSize(2);
    }

    @Test
    void theNextRoundKeepsTheEvaluatorsAndForgetsTheEvaluations() {
        EvaluationRound next = EvaluationRound.first(EVALUATORS)
                .replied(repliedOnTime())
                .given(unsatisfied(PROPOSER, false, 1, AFTER_EVALUATION))
                .next(2);

        assertThat(next.number()).isEqualTo(2);
        assertThat(next.evaluators()).isEqualTo(EVALUATORS);
        assertThat(next.unsatisfied()).isFalse();
        assertThat(next.outcome()).isNull();
        assertThat(next.missing()).isEqualTo(EVALUATORS);
    }

    @Test
    void aRoundWithoutEvaluatorsHasNobodyToWaitFor() {
        EvaluationRound round = EvaluationRound.first(List.of());

        assertThat(round.nobodyEvaluates()).isTrue();
        assertThat(round.missing()).isEmpty();
        assertThat(round.isEvaluator(PROPOSER.userId())).isFalse();
    }
}
