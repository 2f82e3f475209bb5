package org.tongxin.projections.proposal;

import java.time.Instant;

/**
 * The committee's vote on how a key proposal was handled (票决评价): how many voted, the counts per option and the
 * result they give ({@code VoteResult} name). {@code voters} is 0 for a vote read back from before it was recorded.
 */
public record Vote(
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int abstained,
        Instant recordedAt,
        int voters,
        String result,
        String recordedBy) {}
