package org.tongxin.engine.clue;

/**
 * Length limits of a clue's texts: the aggregate refuses longer ones, and the intake validation and the task forms
 * take their maxima from here, so a form never accepts what the clue refuses.
 */
public final class ClueLimits {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 20_000;

    /** The street a classification places the clue in. */
    public static final int STREET_MAX = 100;

    /** Where a declined clue's submitter was sent instead. */
    public static final int REDIRECTED_TO_MAX = 200;

    /** The category the office suggests when it enters a clue on someone's behalf. */
    public static final int CATEGORY_HINT_MAX = 100;

    /** Why the submitter's personal data is erased (the request it answers, or the retention period). */
    public static final int ERASURE_REASON_MAX = 500;

    private ClueLimits() {}
}
