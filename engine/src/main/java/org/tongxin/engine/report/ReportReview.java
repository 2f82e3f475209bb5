package org.tongxin.engine.report;

/** What the information office decides on a submitted report. */
public enum ReportReview {
    ADOPT,
    RETURN,
    DECLINE,
    FORWARD
}
