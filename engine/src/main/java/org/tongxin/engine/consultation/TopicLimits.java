package org.tongxin.engine.consultation;

/** Length limits of a topic's texts; the forms and the public opinion form take their maxima from here. */
public final class TopicLimits {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int SHORT_MAX = 200;
    public static final int SUGGESTION_MAX = 2_000;
    public static final int OPINION_MAX = 2_000;
    public static final int NAME_MAX = 50;
    public static final int PHONE_MAX = 30;
    public static final int ERASURE_REASON_MAX = 500;

    private TopicLimits() {}
}
