package org.tongxin.engine.clue;

/** Length limits of a clue's text, shared by the aggregate and the intake validation so they cannot drift. */
public final class ClueLimits {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 20_000;

    private ClueLimits() {}
}
