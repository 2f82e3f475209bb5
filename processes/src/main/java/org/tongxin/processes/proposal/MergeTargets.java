package org.tongxin.processes.proposal;

import java.util.Optional;
import org.tongxin.engine.proposal.MergeTarget;
import org.tongxin.engine.proposal.ProposalId;

/**
 * Looks up the proposal another is merged into at the filing review (并案). The application implements it over its
 * read model; the aggregate decides with what it returns.
 */
public interface MergeTargets {

    /**
     * @return the target's facts (its label: its filing number when filed, else its title), and whether the label
     *     is a filing number; empty when no such proposal exists
     */
    Optional<Found> find(ProposalId id);

    record Found(MergeTarget target, boolean numbered) {}
}
