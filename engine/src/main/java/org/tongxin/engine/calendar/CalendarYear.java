package org.tongxin.engine.calendar;

import java.io.BufferedReader;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the mainland-China holiday arrangement: the days off and the weekend days worked instead (调休). The
 * State Council publishes each year's arrangement only the November before, so a year is data the office replaces,
 * never code; {@link #parse} reads the line format documented at the top of {@code calendar/cn-2026.txt}.
 *
 * @param year the year the arrangement is for
 * @param official whether the days are the State Council's notice, rather than a provisional stand-in
 * @param source where the days come from, for whoever checks them
 * @param holidays days off; a weekend day may be listed (a range runs over it) and changes nothing
 * @param workdays weekend days that are working days
 */
public record CalendarYear(
        int year, boolean official, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

    public CalendarYear {
        Objects.requireNonNull(source, "source");
        holidays = Set.copyOf(holidays);
        workdays = Set.copyOf(workdays);
        for (LocalDate day : holidays) {
            requireNoProblem(problemWith(year, day, false));
        }
        for (LocalDate day : workdays) {
            requireNoProblem(problemWith(year, day, true));
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(day + " cannot be both a holiday and a workday");
            }
        }
    }

    /** Reads one year from the documented line format; {@code origin} names the data in error messages. */
    public static CalendarYear parse(String origin, Reader document) {
        // lines() wraps an IOException as UncheckedIOException, which is what a failed read should be here.
        return parse(origin, new BufferedReader(document).lines().toList());
    }

    /** Reads one year from the documented line format; {@code origin} names the data in error messages. */
    public static CalendarYear parse(String origin, List<String> lines) {
        return new Parser(origin).parse(lines);
    }

    /** Why {@code day} cannot be listed in {@code year}'s data, or null when it can. */
    private static String problemWith(int year, LocalDate day, boolean workday) {
        boolean inYear = day.getYear() == year;
        // The 2019 notice began the New Year break on 2018-12-30 and had 2018-12-29 worked.
        boolean decemberBefore = day.getYear() == year - 1 && day.getMonthValue() == 12;
        if (!inYear && !decemberBefore) {
            return day + " is outside " + year + " (only the December before may appear, for a New Year break)";
        }
        if (workday && !isWeekend(day)) {
            return day + " is a " + day.getDayOfWeek() + " and a working day anyway; only a weekend day can be a"
                    + " make-up workday";
        }
        return null;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireNoProblem(String problem) {
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Keeps the per-line state of one parse so every error can name its line. */
    private static final class Parser {

        private final String origin;
        private Integer year;
        private Boolean official;
        private String source;
        private final Set<LocalDate> holidays = new HashSet<>();
        private final Set<LocalDate> workdays = new HashSet<>();
        private final Map<LocalDate, Integer> listedOn = new HashMap<>();

        Parser(String origin) {
            this.origin = Objects.requireNonNull(origin, "origin");
        }

        CalendarYear parse(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                parseLine(i + 1, lines.get(i));
            }
            if (year == null) {
                throw new CalendarDataException(origin, 0, "no 'year:' line");
            }
            if (official == null) {
                throw new CalendarDataException(origin, 0, "no 'official:' line");
            }
            if (source == null) {
                throw new CalendarDataException(origin, 0, "no 'source:' line");
            }
            return new CalendarYear(year, official, source, holidays, workdays);
        }

        private void parseLine(int number, String raw) {
            int comment = raw.indexOf('#');
            String line = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
            if (line.isEmpty()) {
                return;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts[0].endsWith(":")) {
                String key = parts[0].substring(0, parts[0].length() - 1);
                header(number, key, line.substring(parts[0].length()).strip());
            } else if (parts[0].equals("holiday") || parts[0].equals("workday")) {
                if (parts.length < 2) {
                    throw new CalendarDataException(origin, number, "'" + parts[0] + "' needs a date or a range");
                }
                day(number, parts[0].equals("workday"), parts[1]);
            } else {
                throw new CalendarDataException(
                        origin,
                        number,
                        "unknown entry '" + parts[0] + "'; expected 'holiday', 'workday', 'year:', 'official:' or"
                                + " 'source:'");
            }
        }

        private void header(int number, String key, String value) {
            if (value.isEmpty()) {
                throw new CalendarDataException(origin, number, "'" + key + ":' needs a value");
            }
            switch (key) {
                case "year" -> {
                    requireFirst(number, key, year);
                    try {
                        year = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw new CalendarDataException(origin, number, "'" + value + "' is not a year");
                    }
                }
                case "official" -> {
                    requireFirst(number, key, official);
                    String flag = value.split("\\s+", 2)[0];
                    if (!flag.equals("true") && !flag.equals("false")) {
                        throw new CalendarDataException(
                                origin, number, "'official:' must start with true or false, not '" + flag + "'");
                    }
                    official = Boolean.parseBoolean(flag);
                }
                case "source" -> {
                    requireFirst(number, key, source);
                    source = value;
                }
                default -> throw new CalendarDataException(origin, number, "unknown header '" + key + ":'");
            }
        }

        private void requireFirst(int number, String key, Object earlier) {
            if (earlier != null) {
                throw new CalendarDataException(origin, number, "'" + key + ":' appears twice");
            }
        }

        private void day(int number, boolean workday, String range) {
            if (year == null) {
                throw new CalendarDataException(origin, number, "days must come after the 'year:' line");
            }
            int dots = range.indexOf("..");
            LocalDate first = date(number, dots < 0 ? range : range.substring(0, dots));
            LocalDate last = dots < 0 ? first : date(number, range.substring(dots + 2));
            if (last.isBefore(first)) {
                throw new CalendarDataException(origin, number, "range " + range + " ends before it starts");
            }
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                String problem = problemWith(year, day, workday);
                if (problem != null) {
                    throw new CalendarDataException(origin, number, problem);
                }
                Integer earlier = listedOn.putIfAbsent(day, number);
                if (earlier != null) {
                    throw new CalendarDataException(origin, number, day + " is already listed on line " + earlier);
                }
                (workday ? workdays : holidays).add(day);
            }
        }

        private LocalDate date(int number, String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CalendarDataException(origin, number, "'" + text + "' is not a date (yyyy-MM-dd)");
            }
        }
    }
}
