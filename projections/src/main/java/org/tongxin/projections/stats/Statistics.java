package org.tongxin.projections.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The period is {@code [from, to)} in the committee's days. {@code keyProposalVotes} counts the votes recorded in it,
 * whatever department was asked for: a vote is on a proposal, not on one department.
 */
public record Statistics(
        LocalDate from,
        LocalDate to,
        int minSample,
        List<DepartmentStatistics> departments,
        ClueFunnel clueFunnel,
        KeyProposalVotes keyProposalVotes) {}
