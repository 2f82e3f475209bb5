package org.tongxin.engine.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Mainland-China working days: Monday to Friday, minus public holidays, plus the weekend days worked instead (调休).
 * Every deadline of the handling rules that says "working days" counts these, so the holiday data is loaded per
 * year and can be replaced without code. Outside the years it has data for, the calendar falls back to plain Monday
 * to Friday; {@link #covers} lets callers warn about that.
 *
 * <p>Immutable and therefore safe to share between threads.
 */
public final class WorkingDayCalendar {

    private static final String FOLDER = "calendar/";
    private static final String INDEX = FOLDER + "index.txt";

    private final Map<Integer, CalendarYear> years;
    /** true for a make-up workday, false for a holiday; every other day follows Monday to Friday. */
    private final Map<LocalDate, Boolean> exceptions;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years, Map<LocalDate, Boolean> exceptions) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The years bundled with the engine, as listed in {@code calendar/index.txt} on the classpath. */
    public static WorkingDayCalendar loadDefault() {
        List<CalendarYear> bundled = new ArrayList<>();
        for (String line : resourceLines(INDEX)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                bundled.add(CalendarYear.parse(FOLDER + name, resourceLines(FOLDER + name)));
            }
        }
        return of(bundled);
    }

    /**
     * The bundled years' documents by year, in the line format, as {@code calendar/index.txt} lists them: the first
     * version of every year before anyone edits it.
     */
    public static Map<Integer, List<String>> bundledDocuments() {
        Map<Integer, List<String>> documents = new TreeMap<>();
        for (String line : resourceLines(INDEX)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                List<String> lines = resourceLines(FOLDER + name);
                documents.put(CalendarYear.parse(FOLDER + name, lines).year(), lines);
            }
        }
        return documents;
    }

    /** A calendar of one year given as lines of the documented format, e.g. a year kept in the database. */
    public static WorkingDayCalendar from(List<String> lines) {
        return of(CalendarYear.parse("calendar data", lines));
    }

    /** A calendar of one year per document, each in the documented format; errors name the document by position. */
    public static WorkingDayCalendar from(Reader... documents) {
        List<CalendarYear> parsed = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            parsed.add(CalendarYear.parse("calendar document " + (i + 1), documents[i]));
        }
        return of(parsed);
    }

    public static WorkingDayCalendar of(CalendarYear... years) {
        return of(Arrays.asList(years));
    }

    /**
     * A calendar of the given years; with none, every year falls back to Monday to Friday.
     *
     * @throws IllegalArgumentException when a year is given twice, or two years disagree about a day (possible only in
     *     a December that both list)
     */
    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (CalendarYear year : years) {
            if (byYear.putIfAbsent(year.year(), year) != null) {
                throw new IllegalArgumentException("calendar year " + year.year() + " is given twice");
            }
            year.holidays().forEach(day -> putAgreeing(exceptions, day, false));
            year.workdays().forEach(day -> putAgreeing(exceptions, day, true));
        }
        return new WorkingDayCalendar(byYear, exceptions);
    }

    private static void putAgreeing(Map<LocalDate, Boolean> exceptions, LocalDate day, boolean working) {
        Boolean earlier = exceptions.putIfAbsent(day, working);
        if (earlier != null && earlier != working) {
            throw new IllegalArgumentException(day + " is a holiday in one calendar year and a workday in another");
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        return exception != null ? exception : !CalendarYear.isWeekend(day);
    }

    /** Whether the calendar has holiday data for the day's year; if not, it counts plain Monday to Friday. */
    public boolean covers(LocalDate day) {
        return years.containsKey(day.getYear());
    }

    /** The years with holiday data, ascending. */
    public Set<Integer> coveredYears() {
        return Collections.unmodifiableSet(new TreeSet<>(years.keySet()));
    }

    /** Whether the year's data is the State Council's notice; false for a provisional or an uncovered year. */
    public boolean isOfficial(int year) {
        CalendarYear data = years.get(year);
        return data != null && data.official();
    }

    /** The data of a covered year, e.g. to show its source next to a deadline. */
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * The day itself when it is a working day, else the next working day: the rule that a time limit ending on a
     * holiday ends on the first day after it (期限届满日为节假日的，顺延).
     */
    public LocalDate rollForward(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /**
     * The {@code n}-th working day strictly after {@code start}: "within 5 working days of assignment on a Friday"
     * ends on the fifth working day after that Friday, whatever {@code start} itself is. For {@code n = 0} there is no
     * such day, so the result is {@link #rollForward(LocalDate) rollForward(start)}.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("cannot add a negative number of working days: " + n);
        }
        if (n == 0) {
            return rollForward(start);
        }
        LocalDate day = start;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days in {@code (fromExclusive, toInclusive]}, so that {@code workingDaysBetween(d,
     * addWorkingDays(d, n)) == n} for every {@code n > 0}. Zero when the dates are equal; when {@code toInclusive} is
     * before {@code fromExclusive}, the negated count of the reversed interval, so the count is additive over
     * consecutive intervals in either direction.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@code start} plus calendar months, rolled forward to a working day. A month without the start's day of month
     * ends on its last day (Jan 31 plus one month is Feb 28 or 29), as time limits counted in months do in Chinese law.
     *
     * @throws IllegalArgumentException when {@code months} is negative
     */
    public LocalDate addMonths(LocalDate start, int months) {
        return addPeriod(start, Period.ofMonths(months));
    }

    /**
     * {@code start} plus a calendar period (months first, then days, as {@link LocalDate#plus} does), rolled forward
     * to a working day. For limits stated in months or calendar days rather than working days.
     *
     * @throws IllegalArgumentException when the period is negative
     */
    public LocalDate addPeriod(LocalDate start, Period period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("cannot add a negative period: " + period);
        }
        return rollForward(start.plus(period));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingDayCalendar calendar && years.equals(calendar.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return years.values().stream()
                .map(year -> year.year() + (year.official() ? " official" : " provisional"))
                .collect(Collectors.joining(", ", "WorkingDayCalendar[", "]"));
    }

    private static List<String> resourceLines(String name) {
        InputStream stream = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("calendar resource " + name + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return new BufferedReader(reader).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar resource " + name, e);
        }
    }
}
