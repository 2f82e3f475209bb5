package org.tongxin.projections.stats;

import java.time.LocalDate;
import java.util.List;

/** The period is {@code [from, to)} in the committee's days. */
public record Statistics(
        LocalDate from, LocalDate to, int minSample, List<DepartmentStatistics> departments, ClueFunnel clueFunnel) {}
