package org.tongxin.projections.keyproposal;

import java.util.List;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.proposal.ProposalView;

/**
 * A key proposal (without its full text) and each department's handling with its clock; {@code overdue} counts the
 * departments whose reply is overdue, {@code fewestDaysLeft} is the working days left of the most pressed one still
 * owing its reply (negative once past due, null when none owes one).
 */
public record KeyProposalClock(
        ProposalView proposal, List<HandlingSummary> handlings, int overdue, Integer fewestDaysLeft) {}
