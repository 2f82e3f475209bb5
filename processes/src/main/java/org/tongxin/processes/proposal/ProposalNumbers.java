package org.tongxin.processes.proposal;

/**
 * Hands out filing numbers ({@code 2026-0042}), counted per year as committees number their proposals. Called in
 * the filing task's transaction: a refused filing rolls the count back with it, so numbers have no gaps, and two
 * filings at once never get the same number.
 */
public interface ProposalNumbers {

    /** The next number of the current year, in the committee's time zone. */
    String next();
}
