package org.tongxin.engine.proposal;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Rewrites a draft before it is submitted: the texts, the suggested category and the co-signers (adding the first
 * co-signer makes it a joint proposal, removing the last a member's own). A body's proposal keeps no co-signers.
 */
public record EditProposalDraft(
        @TargetAggregateIdentifier ProposalId proposalId,
        String title,
        String content,
        String category,
        String suggestions,
        List<String> coSigners,
        ActorRef by)
        implements ProposalCommand {}
