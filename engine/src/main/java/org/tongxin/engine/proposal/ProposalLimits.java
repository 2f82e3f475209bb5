package org.tongxin.engine.proposal;

/** Length limits of a proposal's text, shared by the aggregate and the form validation so they cannot drift. */
public final class ProposalLimits {

    public static final int TITLE_MAX = 200;
    public static final int CONTENT_MAX = 20_000;

    private ProposalLimits() {}
}
