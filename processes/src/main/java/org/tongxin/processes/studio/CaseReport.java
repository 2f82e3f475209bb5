package org.tongxin.processes.studio;

import java.util.List;

/**
 * How one recorded case went on a draft. {@code atStep} is the recorded step where it parted from history (its
 * name as the diagram wrote it; null when it kept to the same path, or when the draft wanted more after the case's
 * last step), {@code draftExpected} the names of what the draft waited at instead, {@code detail} the engine's own
 * words when a step failed.
 */
public record CaseReport(
        String businessKey,
        Verdict verdict,
        Reason reason,
        int stepsReplayed,
        int stepsRecorded,
        String atStep,
        List<String> draftExpected,
        String detail) {

    public CaseReport {
        draftExpected = List.copyOf(draftExpected);
    }

    public enum Verdict {
        SAME_PATH,
        WENT_DIFFERENTLY,
        GOT_STUCK
    }

    /** Why a case did not keep to its path. */
    public enum Reason {
        /** Every recorded step happened on the draft, and the draft ended where the case ended. */
        NONE,
        /** The draft waited at other tasks where the case went on with the recorded one. */
        OTHER_STEP,
        /** The draft had ended before the recorded step. */
        ENDED_EARLY,
        /** After the case's last step the draft still waits at a task: it asks for more than the case did. */
        MORE_STEPS,
        /** The draft waits at a message, a timer or a call that the recorded case gives it no way past. */
        WAITING,
        /** The draft's engine refused a step (an expression it cannot evaluate, a missing variable). */
        FAILED
    }
}
