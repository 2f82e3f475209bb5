package org.tongxin.projections.proposal;

import java.util.List;

/** One page of proposals, newest draft first; items leave out the full text. */
public record ProposalPage(List<ProposalView> items, long total, int page, int size) {}
