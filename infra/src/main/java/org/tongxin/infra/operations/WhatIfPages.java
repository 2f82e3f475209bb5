package org.tongxin.infra.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.processes.task.FieldError;

/**
 * 规则推演: a designer enters a candidate reply deadline and calendar days and sees, per department, how many of a past
 * period's handlings would have been overdue beside how many are under today's rules. Nothing is written.
 */
@Controller
class WhatIfPages {

    private final WhatIfRules whatIf;
    private final CurrentUser currentUser;
    private final UiFormat format;
    private final Clock clock;

    WhatIfPages(WhatIfRules whatIf, CurrentUser currentUser, UiFormat format, Clock clock) {
        this.whatIf = whatIf;
        this.currentUser = currentUser;
        this.format = format;
        this.clock = clock;
    }

    @GetMapping("/rules/what-if")
    String form(Model model) {
        Access.require(currentUser.get(), WhatIfController.TRIERS);
        int lastYear = LocalDate.now(clock).getYear() - 1;
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", LocalDate.of(lastYear, 1, 1).toString());
        values.put("to", LocalDate.of(lastYear, 12, 31).toString());
        values.put("replyMonths", String.valueOf(whatIf.replyMonthsToday()));
        values.put("keyProposalReplyMonths", "");
        values.put("addHolidays", "");
        values.put("addWorkdays", "");
        model.addAttribute("values", values);
        model.addAttribute("errors", Map.of());
        model.addAttribute("replyMonthsToday", whatIf.replyMonthsToday());
        return "what-if";
    }

    @PostMapping("/rules/what-if")
    String tryRules(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        Access.require(currentUser.get(), WhatIfController.TRIERS);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(form, "from", errors);
        LocalDate to = date(form, "to", errors);
        Integer months = number(form, "replyMonths", errors);
        Integer keyMonths = number(form, "keyProposalReplyMonths", errors);
        List<LocalDate> holidays = dates(form, "addHolidays", errors);
        List<LocalDate> workdays = dates(form, "addWorkdays", errors);
        model.addAttribute("values", form);
        model.addAttribute("replyMonthsToday", whatIf.replyMonthsToday());
        if (errors.isEmpty()) {
            WhatIfRules.Candidate candidate =
                    new WhatIfRules.Candidate(from, to, months, keyMonths, holidays, workdays);
            for (FieldError problem : whatIf.problems(candidate)) {
                errors.putIfAbsent(problem.field(), problem.message());
            }
            if (errors.isEmpty()) {
                model.addAttribute("result", whatIf.compare(candidate, LocalDate.now(clock)));
            }
        }
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return "what-if";
    }

    private LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, format.code("whatif.", "error.date"));
            return null;
        }
    }

    private Integer number(Map<String, String> form, String field, Map<String, String> errors) {
        String text = form.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.put(field, format.code("whatif.", "error.months"));
            return null;
        }
    }

    /** Dates one per line or separated by commas or spaces, as people paste them. */
    private List<LocalDate> dates(Map<String, String> form, String field, Map<String, String> errors) {
        List<LocalDate> days = new ArrayList<>();
        for (String part : form.getOrDefault(field, "").split("[\\s,，、]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                errors.put(field, format.code("whatif.", "error.dateList"));
                return List.of();
            }
            if (days.size() > WhatIfRules.MAX_DAYS_LISTED) {
                errors.put(field, format.code("whatif.", "error.tooMany"));
                return List.of();
            }
        }
        return days;
    }
}
