package org.tongxin.engine.proposal;

/**
 * Length limits of a proposal's texts: the aggregate refuses longer ones, and the task forms take their maxima from
 * here, so a form never accepts what the proposal refuses.
 */
public final class ProposalLimits {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 20_000;

    /** The measures a proposal suggests (建议), beside the case made in its content. */
    public static final int SUGGESTIONS_MAX = 10_000;

    /** The category the proposer suggests; the read side stores categories in 50 characters. */
    public static final int CATEGORY_MAX = 50;

    /** Why the proposer withdraws the proposal. */
    public static final int WITHDRAW_REASON_MAX = 500;

    /** Why a co-signer declines to co-sign. */
    public static final int CO_SIGN_REASON_MAX = 500;

    /** Where the content of a proposal not filed is forwarded. */
    public static final int FORWARDED_TO_MAX = 200;

    /** The office's note on a filing decision (not filed, or turned into a public-opinion report). */
    public static final int FILING_NOTE_MAX = 2_000;

    /** Who took part in a 督办 meeting on a key proposal, and what it agreed. */
    public static final int MEETING_PARTICIPANTS_MAX = 500;

    public static final int MEETING_AGREED_MAX = 2_000;

    /** A committee's standing committee or plenary is far smaller; a larger count is a typing slip. */
    public static final int VOTERS_MAX = 10_000;

    private ProposalLimits() {}
}
