package org.tongxin.projections.proposal;

import java.time.Instant;

/** The committee's vote on how a key proposal was handled (票决评价). */
public record Vote(int satisfied, int basicallySatisfied, int unsatisfied, int abstained, Instant recordedAt) {}
