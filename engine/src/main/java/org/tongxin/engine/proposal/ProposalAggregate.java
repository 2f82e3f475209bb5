package org.tongxin.engine.proposal;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ProposalAggregate {

    private ProposalAggregate() {}

    public static Class<?> type() {
        return Proposal.class;
    }
}
