package org.tongxin.engine.supervision;

/** Lengths the aggregates accept; the forms and the API take theirs from here. */
public final class SupervisionLimits {

    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int NAME_MAX = 200;
    public static final int TEAM_MAX = 50;
    public static final int FINDINGS_MAX = 20;
    public static final int END_REASON_MAX = 500;

    private SupervisionLimits() {}
}
