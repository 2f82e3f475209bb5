package org.tongxin.infra.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.report.ReportLimits;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Clues;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.report.OpinionReportProcess;
import org.tongxin.processes.report.OpinionReports;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskInbox;
import org.tongxin.projections.clue.ClueFilter;
import org.tongxin.projections.clue.ClueSort;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.ListClues;
import org.tongxin.projections.report.ReportCredit;
import org.tongxin.projections.report.ReportFilter;
import org.tongxin.projections.report.ReportPage;
import org.tongxin.projections.report.ReportView;
import org.tongxin.projections.support.EventFacts;

/**
 * The reports' pages: the list (filters, and for the office the clues routed to a report still to be written up), a
 * member's drafting form, one report's page (its versions and the editor's changes, the review, the bulletin issue,
 * leaders' instructions and the departments' answers), and the office's form to record an instruction.
 */
@Controller
class ReportPages {

    private static final int PAGE_SIZE = 20;
    private static final Set<Role> WRITERS = Set.of(Role.MEMBER, Role.STAFF);

    private final ReportReading reading;
    private final OpinionReports reports;
    private final CurrentUser currentUser;
    private final Clues clues;
    private final TaskInbox inbox;
    private final Messages messages;
    private final ContentPolicy content;
    private final Clock clock;
    private final ReportPdf pdf;
    private final UiFormat format;
    private final ResearchReference research;

    ReportPages(
            ReportReading reading,
            OpinionReports reports,
            CurrentUser currentUser,
            Clues clues,
            TaskInbox inbox,
            Messages messages,
            ContentPolicy content,
            Clock clock,
            ReportPdf pdf,
            UiFormat format,
            ResearchReference research) {
        this.research = research;
        this.pdf = pdf;
        this.format = format;
        this.reading = reading;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clues = clues;
        this.inbox = inbox;
        this.messages = messages;
        this.content = content;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String author,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TongxinUser me = currentUser.get();
        String writer = author == null || author.isBlank() || author.length() > 64 ? null : author.strip();
        String st = known(status, List.of("DRAFT", "SUBMITTED", "RETURNED", "ADOPTED", "NOT_ADOPTED", "FORWARDED"));
        String lv = known(level, List.of("DISTRICT", "CITY", "PROVINCE", "NATIONAL"));
        Integer yr = year != null && year >= 2000 && year <= 2100 ? year : null;
        String query = q == null || q.isBlank() ? null : q.strip();
        if (query != null && query.length() > 100) {
            query = query.substring(0, 100);
        }
        int p = Math.min(Math.max(0, page), Paging.MAX_PAGE);
        ReportPage result =
                reading.list(new ReportFilter(st, lv, yr, writer, query, null, null, false, false), p, PAGE_SIZE, me);
        model.addAttribute("author", writer);
        model.addAttribute("result", result);
        model.addAttribute("status", st);
        model.addAttribute("level", lv);
        model.addAttribute("year", yr);
        model.addAttribute("q", query);
        model.addAttribute(
                "statuses", List.of("SUBMITTED", "RETURNED", "ADOPTED", "NOT_ADOPTED", "FORWARDED", "DRAFT"));
        model.addAttribute("levels", ReportLevel.values());
        model.addAttribute("pages", (int) Math.ceil(result.total() / (double) PAGE_SIZE));
        model.addAttribute("mayWrite", WRITERS.contains(me.role()));
        model.addAttribute("mayStats", ReportController.CREDIT_READERS.contains(me.role()));
        if (me.role() == Role.STAFF) {
            model.addAttribute("routedClues", routedClues(me));
        }
        return "reports";
    }

    /** Credit from reports per member, per sector, in a year (this year unless asked). */
    @GetMapping("/reports/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        Access.require(currentUser.get(), ReportController.CREDIT_READERS);
        int y = year != null && year >= 2000 && year <= 2100
                ? year
                : LocalDate.now(clock).getYear();
        List<ReportCredit> members = reading.credit(null, y).items();
        model.addAttribute("year", y);
        model.addAttribute("members", members);
        model.addAttribute("sectors", ReportCredit.bySector(members));
        model.addAttribute("levels", List.of("DISTRICT", "CITY", "PROVINCE", "NATIONAL"));
        return "report-stats";
    }

    @GetMapping("/reports/new")
    String newReport(@RequestParam(required = false) String clue, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        Map<String, String> values = new LinkedHashMap<>();
        if (clue != null && !clue.isBlank() && clue.length() <= 64) {
            ClueSummary source = clues.find(clue, me).orElseThrow(UiErrors.PageNotFound::new);
            values.put("title", truncate(source.title(), ReportLimits.TITLE_MAX));
            values.put("content", source.content());
            values.put("clue", source.clueId());
            model.addAttribute("sourceClue", source);
        }
        return form(values, Map.of(), null, null, model);
    }

    @PostMapping("/reports/new")
    @InlineFormErrors
    String draft(@RequestParam Map<String, String> body, Model model, HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        Map<String, String> values = formValues(body);
        Map<String, String> refused = refused(values);
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(ControlCharacters.withoutEach(values), refused, null, null, model);
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>(values);
            Optional<Long> topic = research.check(me, fields.remove(ResearchReference.FIELD));
            ReportId id = reports.draft(fields, me.actor());
            research.cite(topic, "REPORT", id.value());
            return "redirect:/reports/" + id.value() + "?done="
                    + ("SAVE".equals(values.get("action")) ? "saved" : "submitted");
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(values, errors(e.errors()), null, null, model);
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(values, errors(e.errors()), null, null, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(values, Map.of(), messages.refusal(e), null, model);
        }
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ReportView report = readable(id, me);
        if (!"DRAFT".equals(report.status())) {
            return "redirect:/reports/" + report.reportId();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", report.title());
        values.put("content", report.content());
        values.put(ResearchReference.FIELD, research.formValue("REPORT", report.reportId()));
        return form(values, Map.of(), null, report, model);
    }

    @PostMapping("/reports/{id}/edit")
    @InlineFormErrors
    String revise(
            @PathVariable String id,
            @RequestParam Map<String, String> body,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ReportView report = readable(id, me);
        Map<String, String> values = formValues(body);
        values.remove("clue");
        values.remove("coAuthors");
        values.remove("sector");
        Map<String, String> refused = refused(values);
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(ControlCharacters.withoutEach(values), refused, null, report, model);
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>(values);
            Optional<Long> topic = research.check(me, fields.remove(ResearchReference.FIELD));
            reports.revise(new ReportId(report.reportId()), fields, me.actor());
            research.citeOnly(topic, "REPORT", report.reportId());
            return "redirect:/reports/" + report.reportId() + "?done="
                    + ("SAVE".equals(values.get("action")) ? "saved" : "submitted");
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(values, errors(e.errors()), null, report, model);
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(values, errors(e.errors()), null, report, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(values, Map.of(), messages.refusal(e), report, model);
        }
    }

    @GetMapping("/reports/{id}")
    String report(
            @PathVariable String id,
            @RequestParam(required = false) String done,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        TongxinUser me = currentUser.get();
        ReportView report = readable(id, me);
        if (asOf != null) {
            // as the report stood at the end of that day, in the committee's zone; nothing can be done on it there
            Instant cutoff = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            model.addAttribute("live", report);
            model.addAttribute("asOf", asOf);
            model.addAttribute("today", LocalDate.now(clock).toString());
            model.addAttribute("events", newestFirst(reading.history(report, me, cutoff)));
            model.addAttribute("report", reading.asOf(report.reportId(), cutoff).orElse(null));
            return "report-as-of";
        }
        return page(report, me, done, Map.of(), Map.of(), null, model);
    }

    /** The report as a printable document. */
    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        ReportView report = readable(id, currentUser.get());
        return Printable.pdf(pdf.report(report, format::person), "report.pdf");
    }

    @PostMapping("/reports/{id}/instructions")
    String instruct(
            @PathVariable String id,
            @RequestParam Map<String, String> body,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        ReportView report = readable(id, me);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("leader", "level", "instructedOn", "instruction", "departments")) {
            String v = body.get(field);
            if (v != null && !v.isBlank()) {
                values.put(field, v);
            }
        }
        try {
            reports.recordInstruction(new ReportId(report.reportId()), values, me.actor());
            return "redirect:/reports/" + report.reportId() + "?done=instructed";
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(report, me, null, values, errors(e.errors()), null, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(report, me, null, values, Map.of(), messages.refusal(e), model);
        }
    }

    private String page(
            ReportView report,
            TongxinUser me,
            String done,
            Map<String, String> instruction,
            Map<String, String> errors,
            String refusal,
            Model model) {
        model.addAttribute("report", report);
        model.addAttribute("done", done);
        ReportView.Version authors = report.authorsLast();
        if (authors != null) {
            model.addAttribute("authorsVersion", authors);
            model.addAttribute("titleDiff", TextDiff.of(authors.title(), report.title()));
            model.addAttribute("contentDiff", TextDiff.of(authors.content(), report.content()));
        }
        model.addAttribute("task", openTask(report, me));
        model.addAttribute("mayInstruct", me.role() == Role.STAFF && "ADOPTED".equals(report.status()));
        model.addAttribute(
                "mayEdit",
                "DRAFT".equals(report.status())
                        && (me.role() == Role.STAFF || me.username().equals(report.author())));
        model.addAttribute("instruction", instruction);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("levels", ReportLevel.values());
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("events", newestFirst(reading.history(report, me, null)));
        return "report";
    }

    private static List<EventFacts> newestFirst(List<EventFacts> events) {
        List<EventFacts> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The open task on this report the reader can act on: the office's review, or the author's revision. */
    private TaskInbox.Entry openTask(ReportView report, TongxinUser me) {
        List<TaskInbox.Entry> open = inbox.list(
                me.taskActor(),
                new TaskFilter(TaskFilter.Scope.ALL, null, false, OpinionReportProcess.KEY, report.reportId()),
                Instant.now(clock),
                0,
                5);
        return open.isEmpty() ? null : open.get(0);
    }

    private String form(
            Map<String, String> values, Map<String, String> errors, String refusal, ReportView editing, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("editing", editing);
        model.addAttribute("contentMax", content.opinionReportMaxChars());
        model.addAttribute("titleMax", ReportLimits.TITLE_MAX);
        model.addAttribute("researchTopics", research.choices(currentUser.get()));
        return "report-form";
    }

    private ReportView readable(String id, TongxinUser me) {
        try {
            return reading.find(id, me);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
    }

    private List<ClueSummary> routedClues(TongxinUser me) {
        ClueFilter filter =
                new ClueFilter("ROUTED_TO_OPINION_REPORT", null, null, null, null, null, null, null, null, null, null);
        return clues.list(new ListClues(filter, ClueSort.NEWEST, 0, 20, null), me)
                .items();
    }

    private Map<String, String> errors(List<FieldError> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.field(), messages.fieldError(error));
        }
        return errors;
    }

    /** Fields holding a character nobody types (NUL and other controls): refused beside the field. */
    private Map<String, String> refused(Map<String, String> values) {
        return ControlCharacters.refusedFields(values, messages.get("form.error.controlCharacter"));
    }

    private static Map<String, String> formValues(Map<String, String> body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field :
                List.of("title", "content", "coAuthors", "sector", "clue", "action", ResearchReference.FIELD)) {
            String v = body.get(field);
            if (v != null && !v.isBlank()) {
                values.put(field, v);
            }
        }
        return values;
    }

    private static String known(String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : new ArrayList<>(List.of(text.split("\\R")));
    }
}
