package org.tongxin.engine.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * A joint proposal now waits for {@code coSigners} until {@code coSignerConfirmationDue}; any other goes to filing
 * review, and its due date is null because nobody is waited for.
 */
@Revision("1")
public record ProposalSubmitted(
        ProposalId proposalId,
        ProposerKind kind,
        List<String> coSigners,
        LocalDate coSignerConfirmationDue,
        ActorRef submittedBy,
        Instant submittedAt)
        implements ProposalEvent {}
