package org.tongxin.infra.calendar;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.calendar.CalendarEntries;
import org.tongxin.engine.calendar.CalendarEntry;
import org.tongxin.engine.calendaryear.CalendarRule;
import org.tongxin.engine.calendaryear.CalendarYearKey;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;

/**
 * The calendar pages: the years with their state, and one year's days as two lists of lines in the shipped files'
 * format ({@code 2027-02-05..2027-02-08 春节}), which is how the State Council's notice reads. Every problem is put
 * beside its list with the line it is on.
 */
@Controller
class CalendarPages {

    private final CalendarYears years;
    private final CalendarWording wording;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    CalendarPages(CalendarYears years, CalendarWording wording, CurrentUser currentUser, MessageSource messages) {
        this.years = years;
        this.wording = wording;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/calendar")
    String years(Model model) {
        model.addAttribute("years", years.all());
        model.addAttribute("nextYear", LocalDate.now().getYear() + 1);
        return "calendar";
    }

    @GetMapping("/calendar/go")
    String go(@RequestParam(required = false) Integer year) {
        return year == null ? "redirect:/calendar" : "redirect:/calendar/" + known(year);
    }

    @GetMapping("/calendar/{year}")
    String year(@PathVariable int year, Model model) {
        CalendarYears.Year shown = years.year(known(year));
        model.addAttribute("year", shown);
        model.addAttribute(
                "values",
                Map.of(
                        "source", shown.source(),
                        "holidays", text(shown.holidays()),
                        "workdays", text(shown.workdays()),
                        "revision", String.valueOf(shown.revision())));
        model.addAttribute("errors", Map.of());
        return "calendar-year";
    }

    @PostMapping("/calendar/{year}")
    String revise(
            @PathVariable int year,
            @RequestParam(defaultValue = "0") int revision,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String holidays,
            @RequestParam(defaultValue = "") String workdays,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        known(year);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Integer>> lineNumbers = new LinkedHashMap<>();
        List<CalendarEntry> holidayEntries = parse("holidays", holidays, errors, lineNumbers);
        List<CalendarEntry> workdayEntries = parse("workdays", workdays, errors, lineNumbers);
        // the lines that read as dates are checked too, so one round shows every problem
        List<CalendarEntries.Problem> problems = CalendarEntries.problems(year, source, holidayEntries, workdayEntries);
        if (errors.isEmpty() && problems.isEmpty()) {
            try {
                years.revise(year, revision, source, holidayEntries, workdayEntries, currentUser.get());
                redirect.addAttribute("saved", "");
                return "redirect:/calendar/" + year;
            } catch (RuleViolation e) {
                if (e.rule() != CalendarRule.REVISED_MEANWHILE) {
                    throw e;
                }
                errors.put("revision", text("calendar.conflict"));
            }
        }
        for (CalendarEntries.Problem p : problems) {
            int bracket = p.field().indexOf('[');
            String list = bracket < 0 ? p.field() : p.field().substring(0, bracket);
            String text = wording.problem(p, year, LocaleContextHolder.getLocale());
            if (bracket >= 0) {
                text = text("calendar.line", lineNumbers.get(list).get(index(p.field())), text);
            }
            errors.merge(list, text, (a, b) -> a + " " + b);
        }
        model.addAttribute("year", years.year(year));
        model.addAttribute(
                "values",
                Map.of(
                        "source",
                        source,
                        "holidays",
                        holidays,
                        "workdays",
                        workdays,
                        "revision",
                        String.valueOf(revision)));
        model.addAttribute("errors", errors);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return "calendar-year";
    }

    @PostMapping("/calendar/{year}/confirm")
    String confirm(@PathVariable int year, @RequestParam(defaultValue = "0") int revision) {
        known(year);
        try {
            years.confirm(year, revision, currentUser.get());
        } catch (CalendarInputRefused e) {
            return "redirect:/calendar/" + year + "?unsaved";
        } catch (RuleViolation e) {
            if (e.rule() != CalendarRule.REVISED_MEANWHILE && e.rule() != CalendarRule.NOTHING_TO_CONFIRM) {
                throw e;
            }
            return "redirect:/calendar/" + year + "?conflict";
        }
        return "redirect:/calendar/" + year + "?confirmed";
    }

    private static int known(int year) {
        if (year < CalendarYearKey.FIRST || year > CalendarYearKey.LAST) {
            throw new NotFound("calendar year " + year);
        }
        return year;
    }

    /** One entry a line: a day or {@code from..to}, then what it is for; blank lines are skipped. */
    private List<CalendarEntry> parse(
            String field, String text, Map<String, String> errors, Map<String, List<Integer>> lineNumbers) {
        List<CalendarEntry> entries = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        lineNumbers.put(field, numbers);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String range = parts[0].replace('～', '.').replace("至", "..");
            int dots = range.indexOf("..");
            try {
                LocalDate from = LocalDate.parse(dots < 0 ? range : range.substring(0, dots));
                LocalDate to = dots < 0 ? from : LocalDate.parse(range.substring(dots + 2));
                entries.add(new CalendarEntry(from, to, parts.length > 1 ? parts[1] : ""));
                numbers.add(i + 1);
            } catch (DateTimeParseException e) {
                errors.merge(
                        field,
                        text("calendar.line", i + 1, text("calendar.notADate", parts[0])),
                        (a, b) -> a + " " + b);
            }
        }
        return entries;
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static String text(List<CalendarEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (CalendarEntry e : entries) {
            text.append(e.from());
            if (!e.to().equals(e.from())) {
                text.append("..").append(e.to());
            }
            if (!e.label().isEmpty()) {
                text.append(' ').append(e.label());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
