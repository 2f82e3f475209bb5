package org.tongxin.projections.report;

import java.util.Map;

/**
 * One member's credit in one year from public-opinion reports: reports written (as author or co-author), adopted per
 * level, and leaders' instructions per level. {@code sector} is the sector named on the member's reports.
 */
public record ReportCredit(
        String member,
        int year,
        String sector,
        int written,
        Map<String, Integer> adoptedByLevel,
        Map<String, Integer> instructedByLevel) {

    /** The members' credit added up per sector (those without one under an empty name), in name order. */
    public static java.util.List<ReportCredit> bySector(java.util.List<ReportCredit> members) {
        Map<String, ReportCredit> sectors = new java.util.TreeMap<>();
        for (ReportCredit c : members) {
            String sector = c.sector() == null ? "" : c.sector();
            sectors.merge(
                    sector,
                    new ReportCredit(null, c.year(), sector, c.written(), c.adoptedByLevel(), c.instructedByLevel()),
                    ReportCredit::plus);
        }
        return java.util.List.copyOf(sectors.values());
    }

    private ReportCredit plus(ReportCredit other) {
        Map<String, Integer> adopted = new java.util.HashMap<>(adoptedByLevel);
        other.adoptedByLevel.forEach((k, v) -> adopted.merge(k, v, Integer::sum));
        Map<String, Integer> instructed = new java.util.HashMap<>(instructedByLevel);
        other.instructedByLevel.forEach((k, v) -> instructed.merge(k, v, Integer::sum));
        return new ReportCredit(
                null, year, sector, written + other.written, Map.copyOf(adopted), Map.copyOf(instructed));
    }

    public int adopted() {
        return adoptedByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int instructed() {
        return instructedByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
