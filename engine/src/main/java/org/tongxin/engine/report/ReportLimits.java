package org.tongxin.engine.report;

/** Technical limits of a report's fields (the committee's length rule of the text is {@code ContentPolicy}). */
public final class ReportLimits {

    public static final int TITLE_MAX = 100;
    public static final int REASON_MAX = 1000;
    public static final int CHANNEL_MAX = 100;
    public static final int LEADER_MAX = 100;
    public static final int INSTRUCTION_MAX = 2000;
    public static final int CO_AUTHORS_MAX = 10;
    /** What a form accepts for a report's text before the committee's length rule judges it. */
    public static final int CONTENT_MAX = 20_000;

    private ReportLimits() {}
}
