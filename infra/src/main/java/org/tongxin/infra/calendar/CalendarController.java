package org.tongxin.infra.calendar;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.calendaryear.CalendarYearKey;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.task.FieldError;

/**
 * The working-day calendar for designers and administrators: one year's holidays and make-up workdays (调休), saved
 * whole against the revision read (409 when someone saved in between), and confirmed as the official notice.
 */
@RestController
@RequestMapping("/api/calendar")
@Validated
public class CalendarController {

    private final CalendarYears years;
    private final CalendarWording wording;
    private final CurrentUser currentUser;

    CalendarController(CalendarYears years, CalendarWording wording, CurrentUser currentUser) {
        this.years = years;
        this.wording = wording;
        this.currentUser = currentUser;
    }

    /** One line of a year: a day or a range of days, both ends included, with what it is for. */
    public record Entry(@NotNull LocalDate from, LocalDate to, String label) {

        CalendarEntry entry() {
            return new CalendarEntry(from, to == null ? from : to, label);
        }
    }

    /**
     * A year's days to save.
     *
     * @param revision the revision the client read (0 for a year never saved)
     */
    public record Revision(
            @NotNull Integer revision,
            String source,
            @NotNull List<@Valid Entry> holidays,
            List<@Valid Entry> workdays) {}

    /** Which revision is confirmed; the client's read revision, so a confirmation never covers unseen days. */
    public record Confirmation(@NotNull Integer revision) {}

    @GetMapping("/{year}")
    @Operation(summary = "A year's holidays and make-up workdays, its revision and whether it is confirmed")
    CalendarYears.Year year(@PathVariable int year) {
        return years.year(checked(year));
    }

    @PutMapping("/{year}")
    @Operation(
            summary = "Replace a year's holidays and make-up workdays",
            description = "The year becomes provisional until confirmed; deadlines count on the new days at once."
                    + " 400 names each field at fault; 409 when the year was saved since the revision read.")
    CalendarYears.Year revise(@PathVariable int year, @RequestBody @Valid Revision body) {
        checked(year);
        try {
            return years.revise(
                    year,
                    body.revision(),
                    body.source(),
                    body.holidays().stream().map(Entry::entry).toList(),
                    body.workdays() == null
                            ? List.of()
                            : body.workdays().stream().map(Entry::entry).toList(),
                    currentUser.get());
        } catch (CalendarInputRefused e) {
            throw refused(e, year);
        }
    }

    @PostMapping("/{year}/confirm")
    @Operation(summary = "Confirm the year's saved days as the official notice; it is no longer provisional")
    CalendarYears.Year confirm(@PathVariable int year, @RequestBody @Valid Confirmation body) {
        try {
            return years.confirm(checked(year), body.revision(), currentUser.get());
        } catch (CalendarInputRefused e) {
            throw refused(e, year);
        }
    }

    /** The problems as fields and English words, as every refusal of the API reads. */
    private RefusedInput refused(CalendarInputRefused e, int year) {
        return new RefusedInput(e.problems().stream()
                .map(p -> new FieldError(p.field(), wording.problem(p, year, Locale.ENGLISH)))
                .toList());
    }

    private static int checked(int year) {
        if (year < CalendarYearKey.FIRST || year > CalendarYearKey.LAST) {
            throw new RefusedInput(List.of(
                    new FieldError("year", "is between " + CalendarYearKey.FIRST + " and " + CalendarYearKey.LAST)));
        }
        return year;
    }
}
