package org.tongxin.engine.handling;

/** Length limits of a handling's texts, shared by the aggregate and the forms so they cannot drift. */
public final class HandlingLimits {

    /** A reply or a co-handler's opinion. */
    public static final int TEXT_MAX = 20_000;

    /** Reasons, notes and comments that accompany a decision. */
    public static final int NOTE_MAX = 2_000;

    private HandlingLimits() {}
}
