package org.tongxin.infra.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.bulletin.BulletinId;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.report.OpinionReports;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.report.BulletinContents;
import org.tongxin.projections.report.ReportFilter;
import org.tongxin.projections.report.ReportView;

/**
 * The bulletin (《社情民意》期刊): its issues, newest first; one issue with its reports in print order; the office's
 * form to compile the next issue from adopted reports not yet printed, and to publish an issue to its readers.
 */
@Controller
class BulletinPages {

    private final ReportReading reading;
    private final OpinionReports reports;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final Clock clock;
    private final ReportPdf pdf;
    private final UiFormat format;

    BulletinPages(
            ReportReading reading,
            OpinionReports reports,
            CurrentUser currentUser,
            Messages messages,
            Clock clock,
            ReportPdf pdf,
            UiFormat format) {
        this.pdf = pdf;
        this.format = format;
        this.reading = reading;
        this.reports = reports;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/bulletins")
    String list(@RequestParam(required = false) Integer year, Model model) {
        TongxinUser me = currentUser.get();
        Integer y = year != null && year >= 2000 && year <= 2100 ? year : null;
        model.addAttribute("bulletins", reading.bulletins(y, me));
        model.addAttribute("year", y);
        model.addAttribute("office", ReportReading.OFFICE.contains(me.role()));
        return "bulletins";
    }

    @GetMapping("/bulletins/new")
    String newIssue(Model model) {
        Access.require(currentUser.get(), ReportReading.OFFICE);
        return form(Map.of(), Map.of(), null, model);
    }

    @PostMapping("/bulletins/new")
    String compile(
            @RequestParam(required = false) List<String> report,
            @RequestParam(required = false) String editorNote,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        Map<String, String> values = new LinkedHashMap<>();
        if (editorNote != null && !editorNote.isBlank()) {
            values.put("editorNote", editorNote);
        }
        if (report != null && !report.isEmpty()) {
            values.put("reports", String.join(",", report));
        }
        int year = LocalDate.now(clock).getYear();
        try {
            BulletinId id = reports.compile(year, reading.nextNumber(year), values, me.actor());
            return "redirect:/bulletins/" + id.value() + "?done=compiled";
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return form(values, errors(e.errors()), null, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(values, Map.of(), messages.refusal(e), model);
        }
    }

    @GetMapping("/bulletins/{id}")
    String issue(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        TongxinUser me = currentUser.get();
        return page(contents(id, me), me, done, Map.of(), Map.of(), null, model);
    }

    /** The issue as a printable document. */
    @GetMapping("/bulletins/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        BulletinContents contents = contents(id, currentUser.get());
        return Printable.pdf(
                pdf.bulletin(contents.bulletin(), contents.reports(), format::person),
                "bulletin-" + contents.bulletin().bulletinId() + ".pdf");
    }

    @PostMapping("/bulletins/{id}/publish")
    String publish(
            @PathVariable String id,
            @RequestParam(required = false) String leaders,
            @RequestParam(required = false) String departments,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        BulletinContents contents = contents(id, me);
        Map<String, String> values = new LinkedHashMap<>();
        if (leaders != null && !leaders.isBlank()) {
            values.put("leaders", leaders);
        }
        if (departments != null && !departments.isBlank()) {
            values.put("departments", departments);
        }
        try {
            reports.publish(new BulletinId(contents.bulletin().bulletinId()), values, me.actor());
            return "redirect:/bulletins/" + contents.bulletin().bulletinId() + "?done=published";
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(contents, me, null, values, errors(e.errors()), null, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(contents, me, null, values, Map.of(), messages.refusal(e), model);
        }
    }

    private String page(
            BulletinContents contents,
            TongxinUser me,
            String done,
            Map<String, String> values,
            Map<String, String> errors,
            String refusal,
            Model model) {
        model.addAttribute("issue", contents.bulletin());
        model.addAttribute("reports", contents.reports());
        model.addAttribute("done", done);
        model.addAttribute("office", ReportReading.OFFICE.contains(me.role()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "bulletin";
    }

    private String form(Map<String, String> values, Map<String, String> errors, String refusal, Model model) {
        TongxinUser me = currentUser.get();
        List<ReportView> adopted = reading.list(
                        new ReportFilter(null, null, null, null, null, null, null, false, true), 0, 100, me)
                .items();
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("candidates", adopted);
        model.addAttribute(
                "label", BulletinId.of(year, reading.nextNumber(year)).label());
        model.addAttribute("values", values);
        model.addAttribute("chosen", values.getOrDefault("reports", ""));
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "bulletin-form";
    }

    private BulletinContents contents(String id, TongxinUser me) {
        try {
            return reading.bulletin(id, me);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
    }

    private Map<String, String> errors(List<FieldError> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.field(), messages.fieldError(error));
        }
        return errors;
    }
}
