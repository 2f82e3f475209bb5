package org.tongxin.projections.cases;

import java.util.List;
import org.tongxin.projections.cluecase.ClueCaseView;
import org.tongxin.projections.proposal.ProposalView;

/**
 * A case: a clue (with the proposal it became, if any) or a proposal, with every department's handling. {@code kind}
 * is CLUE or PROPOSAL; {@code status} is the status of the asked-for clue or proposal. Words for the reader are the
 * pages' to choose: the view holds codes and texts as written, no sentences.
 */
public record CaseView(
        String caseId,
        String kind,
        String title,
        String status,
        ClueCaseView clue,
        ProposalView proposal,
        List<CaseHandling> handlings) {}
