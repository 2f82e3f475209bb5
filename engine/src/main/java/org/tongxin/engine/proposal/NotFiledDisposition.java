package org.tongxin.engine.proposal;

/** What happens to the content of a proposal that is not filed; the proposer is told either way. */
public enum NotFiledDisposition {
    /** Sent on to the body it concerns, e.g. as a letter or a public-opinion report. */
    FORWARDED,
    KEPT_FOR_REFERENCE
}
