package org.tongxin.engine.policy;

import java.time.Period;
import java.util.Objects;

/**
 * The handling rules of one kind of item: who evaluates the reply, whether co-handlers (协办) take part, whether an
 * unsatisfied reply is handled again (re-handle, then supervision), the reply's outcome scale, and the kind's time
 * limits.
 */
public record HandlingKindPolicy(
        Evaluators evaluators,
        boolean coHandlers,
        boolean rehandle,
        OutcomeScale outcomeScale,
        DeadlinePolicy deadlines) {

    public HandlingKindPolicy {
        Objects.requireNonNull(evaluators, "evaluators");
        Objects.requireNonNull(outcomeScale, "outcomeScale");
        Objects.requireNonNull(deadlines, "deadlines");
        if (rehandle && evaluators == Evaluators.NONE) {
            throw new IllegalArgumentException("a re-handle follows an unsatisfied evaluation, which needs evaluators");
        }
    }

    /** A proposal: the proposer and co-signers evaluate an A/B/C/D reply, co-handlers and re-handling exist. */
    public static HandlingKindPolicy proposal(DeadlinePolicy deadlines) {
        return new HandlingKindPolicy(Evaluators.SUBMITTERS, true, true, OutcomeScale.CLASSES, deadlines);
    }

    /**
     * A leader's instruction (批示) transferred to a department: the department replies with the measures it took, on
     * its own (no co-handlers), and the reply goes back to the report's author without an evaluation.
     *
     * @param reply time after the transfer by which the reply is due
     * @param extendedReplyCap the longest time after the transfer an extended reply may be due
     */
    public static HandlingKindPolicy instruction(DeadlinePolicy base, Period reply, Period extendedReplyCap) {
        return new HandlingKindPolicy(
                Evaluators.NONE, false, false, OutcomeScale.MEASURES, base.withReply(reply, extendedReplyCap));
    }

    /**
     * One suggestion of a consultation transferred to a department: the department answers on the adoption scale,
     * on its own, and the answer goes back to the topic without an evaluation.
     *
     * @param reply time after the transfer by which the answer is due
     * @param extendedReplyCap the longest time after the transfer an extended answer may be due
     */
    public static HandlingKindPolicy consultationSuggestion(
            DeadlinePolicy base, Period reply, Period extendedReplyCap) {
        return new HandlingKindPolicy(
                Evaluators.NONE, false, false, OutcomeScale.ADOPTION, base.withReply(reply, extendedReplyCap));
    }

    /**
     * A supervision finding a department rectifies (整改): the department submits its rectification plan first (the
     * step a proposal's handling uses for the contact), then answers with what it rectified and the evidence, on its
     * own; the supervision team verifies the answer, so nobody evaluates it here.
     *
     * @param planWorkingDays working days after the transfer by which the rectification plan is due
     * @param completion time after the transfer by which the rectification is complete
     * @param completionCap the longest time after the transfer an extended completion may be due
     */
    public static HandlingKindPolicy rectification(
            DeadlinePolicy base, int planWorkingDays, Period completion, Period completionCap) {
        return new HandlingKindPolicy(
                Evaluators.NONE,
                false,
                false,
                OutcomeScale.RECTIFICATION,
                base.withReply(completion, completionCap).withFirstStep(planWorkingDays));
    }

    /** Whether another round may follow an unsatisfied one, {@code rehandlesSoFar} having been used. */
    public boolean mayRehandle(int rehandlesSoFar) {
        return rehandle && deadlines.mayRehandle(rehandlesSoFar);
    }
}
