package org.tongxin.infra.calendar;

import jakarta.annotation.PostConstruct;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.CalendarEntries;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.calendar.CalendarYear;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.calendaryear.CalendarYearKey;
import org.tongxin.engine.calendaryear.ConfirmCalendarYear;
import org.tongxin.engine.calendaryear.ReviseCalendarYear;
import org.tongxin.infra.security.TongxinUser;

/**
 * The years of the working-day calendar: the files the application ships are the first version of each year; a year
 * saved from the page replaces its file. Saving and confirming are commands of the year's record (so the audit log
 * has them); the live calendar the deadlines read is rebuilt from the saved years whenever one changes.
 */
@Component
public class CalendarYears {

    /**
     * A year as the page and the API show it.
     *
     * @param revision 0 while the year is the shipped file, one more with each save
     * @param confirmed whether the days are the official notice; a provisional year's deadlines may still move
     * @param revisedBy who saved this revision, null for the shipped file
     */
    public record Year(
            int year,
            int revision,
            boolean confirmed,
            String source,
            List<CalendarEntry> holidays,
            List<CalendarEntry> workdays,
            String revisedBy,
            Instant revisedAt,
            String confirmedBy,
            Instant confirmedAt) {}

    private final JdbcClient jdbc;
    private final CommandGateway commands;
    private final LiveCalendar live;
    /** The shipped years, as the live calendar was built at start-up before any saved year replaced them. */
    private final Map<Integer, Year> shipped = new TreeMap<>();

    CalendarYears(JdbcClient jdbc, CommandGateway commands, LiveCalendar live) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.live = live;
    }

    @PostConstruct
    void start() {
        WorkingDayCalendar initial = live.get();
        Map<Integer, List<String>> bundled = WorkingDayCalendar.bundledDocuments();
        for (int year : initial.coveredYears()) {
            CalendarYear data = initial.year(year).orElseThrow();
            List<String> lines = bundled.get(year);
            boolean sameAsBundled = lines != null && data.equals(CalendarYear.parse("calendar/" + year, lines));
            List<CalendarEntry> holidays =
                    sameAsBundled ? CalendarEntries.entries(lines, false) : ranges(data.holidays());
            List<CalendarEntry> workdays =
                    sameAsBundled ? CalendarEntries.entries(lines, true) : ranges(data.workdays());
            shipped.put(
                    year,
                    new Year(year, 0, data.official(), data.source(), holidays, workdays, null, null, null, null));
        }
        reload();
    }

    /** Every year with data, saved or shipped, ascending. */
    public List<Year> all() {
        Map<Integer, Year> years = new TreeMap<>(shipped);
        saved().forEach(year -> years.put(year.year(), year));
        return List.copyOf(years.values());
    }

    /** A year as it stands; a year with no data yet is an empty provisional one at revision 0. */
    public Year year(int year) {
        new CalendarYearKey(year);
        return savedYear(year)
                .or(() -> Optional.ofNullable(shipped.get(year)))
                .orElse(new Year(year, 0, false, "", List.of(), List.of(), null, null, null, null));
    }

    /**
     * Saves a year's days; refused with the fields at fault before anything is sent when they break a rule, and
     * as a conflict when the year was saved by someone else since {@code readRevision}.
     */
    public Year revise(
            int year,
            int readRevision,
            String source,
            List<CalendarEntry> holidays,
            List<CalendarEntry> workdays,
            TongxinUser by) {
        List<CalendarEntries.Problem> problems = CalendarEntries.problems(year, source, holidays, workdays);
        if (!problems.isEmpty()) {
            throw new CalendarInputRefused(problems);
        }
        commands.sendAndWait(new ReviseCalendarYear(
                new CalendarYearKey(year), readRevision, source, holidays, workdays, by.actor()));
        return year(year);
    }

    /**
     * Marks the year's revision as the official notice. A year still as shipped is first saved as it is, so the
     * confirmation is of days the record holds.
     */
    public Year confirm(int year, int readRevision, TongxinUser by) {
        Year current = year(year);
        int revision = readRevision;
        if (current.revision() == 0 && readRevision == 0) {
            revise(year, 0, current.source(), current.holidays(), current.workdays(), by);
            revision = 1;
        }
        commands.sendAndWait(new ConfirmCalendarYear(new CalendarYearKey(year), revision, by.actor()));
        return year(year);
    }

    /** Whether a deadline on {@code day} counts on days that may still change: its year has data not confirmed. */
    public boolean provisional(LocalDate day) {
        WorkingDayCalendar calendar = live.get();
        return day != null && calendar.covers(day) && !calendar.isOfficial(day.getYear());
    }

    /** Rebuilds the live calendar from the shipped years and the saved ones over them. */
    void reload() {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (Year year : all()) {
            years.put(
                    year.year(),
                    CalendarEntries.toYear(
                            year.year(), year.confirmed(), year.source(), year.holidays(), year.workdays()));
        }
        live.replace(WorkingDayCalendar.of(years.values()));
    }

    private List<Year> saved() {
        return jdbc.sql("SELECT * FROM calendar_year ORDER BY year")
                .query(CalendarYears::row)
                .list();
    }

    private Optional<Year> savedYear(int year) {
        return jdbc.sql("SELECT * FROM calendar_year WHERE year = :year")
                .param("year", year)
                .query(CalendarYears::row)
                .optional();
    }

    private static Year row(ResultSet rs, int n) throws SQLException {
        List<String> lines = Arrays.asList(rs.getString("entries").split("\n"));
        return new Year(
                rs.getInt("year"),
                rs.getInt("revision"),
                rs.getBoolean("confirmed"),
                rs.getString("source"),
                CalendarEntries.entries(lines, false),
                CalendarEntries.entries(lines, true),
                rs.getString("revised_by"),
                instant(rs.getTimestamp("revised_at")),
                rs.getString("confirmed_by"),
                instant(rs.getTimestamp("confirmed_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Days as entries of consecutive days, for a year that came from a file other than the shipped ones. */
    private static List<CalendarEntry> ranges(java.util.Set<LocalDate> days) {
        List<CalendarEntry> entries = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (to != null && day.equals(to.plusDays(1))) {
                to = day;
                continue;
            }
            if (from != null) {
                entries.add(new CalendarEntry(from, to, ""));
            }
            from = day;
            to = day;
        }
        if (from != null) {
            entries.add(new CalendarEntry(from, to, ""));
        }
        return entries;
    }
}
