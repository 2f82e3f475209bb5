package org.tongxin.engine.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.engine.shared.OutcomeClass;

/**
 * One round of a lead or separate handling's reply and its evaluation: who evaluates, the reply's outcome and the end
 * of its evaluation window, the evaluations given and who was recorded as not evaluating. A round nobody evaluates
 * (a kind whose policy names no evaluators) settles with its reply. An immutable value.
 *
 * @param number the round, 1 for the first reply, one more for each re-handle
 * @param outcome the reply's outcome class, null before the reply or for a kind without an outcome scale
 * @param windowEnds the last day of the evaluation window, null before the reply or when nobody evaluates
 */
record EvaluationRound(
        int number,
        List<String> evaluators,
        OutcomeClass outcome,
        LocalDate windowEnds,
        Map<String, Evaluation> evaluations,
        List<String> notEvaluated) {

    EvaluationRound {
        evaluators = List.copyOf(evaluators);
        evaluations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evaluations));
        notEvaluated = List.copyOf(notEvaluated);
    }

    static EvaluationRound first(List<String> evaluators) {
        return new EvaluationRound(1, evaluators, null, null, Map.of(), List.of());
    }

    /** The next round, with the same evaluators and nothing given yet. */
    EvaluationRound next(int round) {
        return new EvaluationRound(round, evaluators, null, null, Map.of(), List.of());
    }

    /** A round nobody evaluates is settled by its reply. */
    boolean nobodyEvaluates() {
        return evaluators.isEmpty();
    }

    boolean isEvaluator(String userId) {
        return evaluators.contains(userId);
    }

    boolean hasEvaluated(String userId) {
        return evaluations.containsKey(userId);
    }

    /** Whether one more evaluation completes the round. */
    boolean lastToEvaluate() {
        return evaluations.size() + 1 == evaluators.size();
    }

    /** The evaluators who have not evaluated, in the order they were named. */
    List<String> missing() {
        List<String> missing = new ArrayList<>(evaluators);
        missing.removeAll(evaluations.keySet());
        return missing;
    }

    /** Unsatisfied on either dimension by anyone is what opens a re-handle or, when none is left, supervision. */
    boolean unsatisfied() {
        return evaluations.values().stream().anyMatch(Evaluation::unsatisfied);
    }

    List<Evaluation> evaluationList() {
        return List.copyOf(evaluations.values());
    }

    EvaluationRound replied(HandlingReplied event) {
        return new EvaluationRound(
                number, evaluators, event.outcome(), event.evaluationWindowEnds(), evaluations, notEvaluated);
    }

    EvaluationRound given(EvaluationGiven event) {
        String evaluator = event.evaluatedBy().userId();
        Map<String, Evaluation> more = new LinkedHashMap<>(evaluations);
        more.put(evaluator, new Evaluation(evaluator, event.handlingWork(), event.result()));
        return new EvaluationRound(number, evaluators, outcome, windowEnds, more, notEvaluated);
    }

    EvaluationRound windowClosed(EvaluationWindowClosed event) {
        return new EvaluationRound(number, evaluators, outcome, windowEnds, evaluations, event.notEvaluated());
    }
}
