package org.tongxin.engine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a year's entries as a designer typed them and turns them into the {@link CalendarYear} the deadlines count
 * on. Every problem names the field it is about ({@code holidays[2].to}) so the page can put its message beside it.
 */
public final class CalendarEntries {

    /** A range longer than this is a typing error: the longest break, the Spring Festival, is nine days. */
    public static final int LONGEST_RANGE_DAYS = 31;

    public static final int SOURCE_MAX = 200;
    public static final int LABEL_MAX = 40;

    /** What is wrong with a field. */
    public enum Fault {
        SOURCE_MISSING,
        SOURCE_TOO_LONG,
        LABEL_TOO_LONG,
        OUTSIDE_YEAR,
        ENDS_BEFORE_START,
        RANGE_TOO_LONG,
        LISTED_TWICE,
        WORKDAY_NOT_WEEKEND
    }

    /**
     * @param field the field at fault, e.g. {@code workdays[0].from}
     * @param day the day at fault, or null for a field without one
     * @param otherField for {@link Fault#LISTED_TWICE}, the entry the day appeared in first
     */
    public record Problem(String field, Fault fault, LocalDate day, String otherField) {}

    private CalendarEntries() {}

    public static List<Problem> problems(
            int year, String source, List<CalendarEntry> holidays, List<CalendarEntry> workdays) {
        List<Problem> problems = new ArrayList<>();
        if (source == null || source.isBlank()) {
            problems.add(new Problem("source", Fault.SOURCE_MISSING, null, null));
        } else if (source.strip().length() > SOURCE_MAX) {
            problems.add(new Problem("source", Fault.SOURCE_TOO_LONG, null, null));
        }
        Map<LocalDate, String> listedIn = new HashMap<>();
        check(year, "holidays", holidays, false, listedIn, problems);
        check(year, "workdays", workdays, true, listedIn, problems);
        return problems;
    }

    private static void check(
            int year,
            String list,
            List<CalendarEntry> entries,
            boolean workday,
            Map<LocalDate, String> listedIn,
            List<Problem> problems) {
        for (int i = 0; i < entries.size(); i++) {
            CalendarEntry entry = entries.get(i);
            String field = list + "[" + i + "]";
            if (entry.label().length() > LABEL_MAX) {
                problems.add(new Problem(field + ".label", Fault.LABEL_TOO_LONG, null, null));
            }
            boolean datesFit = true;
            for (String end : List.of("from", "to")) {
                LocalDate day = end.equals("from") ? entry.from() : entry.to();
                if (!belongsTo(year, day)) {
                    problems.add(new Problem(field + "." + end, Fault.OUTSIDE_YEAR, day, null));
                    datesFit = false;
                }
            }
            if (!datesFit) {
                continue;
            }
            if (entry.to().isBefore(entry.from())) {
                problems.add(new Problem(field + ".to", Fault.ENDS_BEFORE_START, entry.to(), null));
                continue;
            }
            if (entry.from().plusDays(LONGEST_RANGE_DAYS).isBefore(entry.to().plusDays(1))) {
                problems.add(new Problem(field + ".to", Fault.RANGE_TOO_LONG, entry.to(), null));
                continue;
            }
            Set<String> reported = new HashSet<>();
            for (LocalDate day = entry.from(); !day.isAfter(entry.to()); day = day.plusDays(1)) {
                if (workday && !CalendarYear.isWeekend(day)) {
                    problems.add(new Problem(field + ".from", Fault.WORKDAY_NOT_WEEKEND, day, null));
                    break;
                }
                String earlier = listedIn.putIfAbsent(day, field);
                if (earlier != null && reported.add(earlier)) {
                    problems.add(new Problem(field + ".from", Fault.LISTED_TWICE, day, earlier));
                }
            }
        }
    }

    /** A year's data may begin in the December before it (the 2019 New Year break began on 2018-12-30). */
    private static boolean belongsTo(int year, LocalDate day) {
        return day.getYear() == year || (day.getYear() == year - 1 && day.getMonthValue() == 12);
    }

    /**
     * The year the deadlines count on; call only with entries that have no {@link #problems}.
     *
     * @param official whether the year is confirmed as the State Council's notice
     */
    public static CalendarYear toYear(
            int year, boolean official, String source, List<CalendarEntry> holidays, List<CalendarEntry> workdays) {
        return new CalendarYear(year, official, source.strip(), days(holidays), days(workdays));
    }

    private static Set<LocalDate> days(List<CalendarEntry> entries) {
        Set<LocalDate> days = new HashSet<>();
        for (CalendarEntry entry : entries) {
            entry.from().datesUntil(entry.to().plusDays(1)).forEach(days::add);
        }
        return days;
    }

    /**
     * The entries of a year read from the bundled line format, with their labels, so a year never saved from the
     * page shows as its file lists it.
     */
    public static List<CalendarEntry> entries(List<String> lines, boolean workdays) {
        List<CalendarEntry> entries = new ArrayList<>();
        String kind = workdays ? "workday" : "holiday";
        for (String raw : lines) {
            int comment = raw.indexOf('#');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
            String[] parts = line.split("\\s+", 3);
            if (parts.length >= 2 && parts[0].equals(kind)) {
                int dots = parts[1].indexOf("..");
                LocalDate from = LocalDate.parse(dots < 0 ? parts[1] : parts[1].substring(0, dots));
                LocalDate to = dots < 0 ? from : LocalDate.parse(parts[1].substring(dots + 2));
                entries.add(new CalendarEntry(from, to, parts.length > 2 ? parts[2] : ""));
            }
        }
        entries.sort((a, b) -> a.from().compareTo(b.from()));
        return entries;
    }
}
