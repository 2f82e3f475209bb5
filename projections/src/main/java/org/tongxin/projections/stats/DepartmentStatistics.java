package org.tongxin.projections.stats;

import java.util.Map;

/**
 * One department in one period. {@code assigned} and {@code returns} count handlings assigned in the period;
 * {@code replied}, {@code repliedOnTime} and {@code outcomes} the first replies given in it (the latest outcome
 * class); satisfaction the evaluations given in it, satisfied or basically satisfied on each dimension;
 * {@code overdueNow} is today's count, whatever the period. {@code rank} (by on-time rate) is null below the minimum
 * sample.
 */
public record DepartmentStatistics(
        String department,
        Integer rank,
        long assigned,
        long replied,
        Rate repliedOnTime,
        long overdueNow,
        Map<String, Rate> outcomes,
        Rate satisfiedWithWork,
        Rate satisfiedWithResult,
        long returns) {}
