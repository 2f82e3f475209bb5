package org.tongxin.infra.calendar;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.calendaryear.CalendarYearConfirmed;
import org.tongxin.engine.calendaryear.CalendarYearRevised;

/**
 * Writes each saved year into {@code calendar_year} in the transaction of its event (a subscribing group), then,
 * once that commits, has the live calendar reloaded: whoever sent the command, the deadlines count on the new days
 * from the next computation on, and never on days that were rolled back.
 */
@Component
@ProcessingGroup(CalendarConfiguration.GROUP)
class CalendarYearTable {

    private final JdbcClient jdbc;
    private final CalendarYears years;

    CalendarYearTable(JdbcClient jdbc, CalendarYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    @EventHandler
    void on(CalendarYearRevised event) {
        jdbc.sql(
                        """
                        INSERT INTO calendar_year (year, revision, confirmed, source, entries, revised_by, revised_at)
                        VALUES (:year, :revision, FALSE, :source, :entries, :by, :at)
                        ON CONFLICT (year) DO UPDATE SET revision = :revision, confirmed = FALSE, source = :source,
                            entries = :entries, revised_by = :by, revised_at = :at, confirmed_by = NULL,
                            confirmed_at = NULL
                        WHERE calendar_year.revision < :revision
                        """)
                .param("year", event.key().year())
                .param("revision", event.revision())
                .param("source", event.source())
                .param("entries", String.join("\n", lines(event.holidays(), event.workdays())))
                .param("by", event.revisedBy().userId())
                .param("at", Timestamp.from(event.revisedAt()))
                .update();
        reloadAfterCommit();
    }

    @EventHandler
    void on(CalendarYearConfirmed event) {
        jdbc.sql(
                        """
                        UPDATE calendar_year SET confirmed = TRUE, confirmed_by = :by, confirmed_at = :at
                        WHERE year = :year AND revision = :revision
                        """)
                .param("year", event.key().year())
                .param("revision", event.revision())
                .param("by", event.confirmedBy().userId())
                .param("at", Timestamp.from(event.confirmedAt()))
                .update();
        reloadAfterCommit();
    }

    static List<String> lines(List<CalendarEntry> holidays, List<CalendarEntry> workdays) {
        List<String> lines = new ArrayList<>();
        holidays.forEach(e -> lines.add(line("holiday", e)));
        workdays.forEach(e -> lines.add(line("workday", e)));
        return lines;
    }

    private static String line(String kind, CalendarEntry entry) {
        String range = entry.from().equals(entry.to()) ? entry.from().toString() : entry.from() + ".." + entry.to();
        // a label is one line of text; the line format ends an entry at the line's end and a comment at '#'
        String label = entry.label().replaceAll("[\\r\\n#]+", " ").strip();
        return (kind + " " + range + " " + label).strip();
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    years.reload();
                }
            });
        } else {
            years.reload();
        }
    }
}
