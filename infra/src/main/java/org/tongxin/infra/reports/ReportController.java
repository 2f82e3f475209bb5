package org.tongxin.infra.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.bulletin.BulletinId;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.report.OpinionReports;
import org.tongxin.processes.task.FieldError;
import org.tongxin.projections.report.BulletinContents;
import org.tongxin.projections.report.BulletinView;
import org.tongxin.projections.report.CreditPage;
import org.tongxin.projections.report.ReportFilter;
import org.tongxin.projections.report.ReportPage;
import org.tongxin.projections.report.ReportView;

/**
 * Public-opinion reports and bulletin issues through the API: read them (as {@link ReportReading} allows), draft and
 * submit a report (members, the office), record a leader's instruction, compile and publish an issue (the office).
 * The review itself is a task of the {@code opinion-report} process, completed through {@code /api/tasks}.
 */
@RestController
@Validated
class ReportController {

    private static final java.util.Set<Role> WRITERS = java.util.Set.of(Role.MEMBER, Role.STAFF);

    /** Who reads every member's credit; a member reads their own. */
    static final java.util.Set<Role> CREDIT_READERS =
            java.util.Set.of(Role.STAFF, Role.LEADER, Role.SUPERVISOR, Role.ADMIN);

    private final ReportReading reading;
    private final OpinionReports reports;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ResearchReference research;

    ReportController(
            ReportReading reading,
            OpinionReports reports,
            CurrentUser currentUser,
            Clock clock,
            ResearchReference research) {
        this.research = research;
        this.reading = reading;
        this.reports = reports;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/api/reports")
    ReportPage list(
            @RequestParam(required = false) ReportStatusParam status,
            @RequestParam(required = false) ReportLevelParam level,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean awaitingBulletin,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        ReportFilter filter = new ReportFilter(
                status == null ? null : status.name(),
                level == null ? null : level.name(),
                year,
                blankToNull(author),
                blankToNull(q),
                null,
                null,
                false,
                awaitingBulletin);
        return reading.list(filter, page, size, currentUser.get());
    }

    /**
     * Credit from public-opinion reports (履职档案, statistics): per member and year, reports written, adopted per level
     * and instructed per level; a member asks for their own.
     */
    @GetMapping("/api/reports/credit")
    CreditPage credit(
            @RequestParam(required = false) String member,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        TongxinUser me = currentUser.get();
        String who = member == null || member.isBlank() ? null : member.strip();
        if (me.role() == Role.MEMBER) {
            if (who != null && !who.equals(me.username())) {
                throw Access.forbidden("A member reads their own record.");
            }
            who = me.username();
        } else {
            Access.require(me, CREDIT_READERS);
        }
        return reading.credit(who, year);
    }

    @GetMapping("/api/reports/{id}")
    ReportView get(@PathVariable String id) {
        return reading.find(id, currentUser.get());
    }

    /** A member's (or the office's) report; submitted at once unless {@code action} is {@code SAVE}. */
    @PostMapping("/api/reports")
    ResponseEntity<Map<String, String>> draft(@RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        Map<String, Object> fields = new HashMap<>(body == null ? Map.of() : body);
        Optional<Long> topic = research.check(me, fields.remove(ResearchReference.FIELD));
        ReportId id = reports.draft(fields, me.actor());
        research.cite(topic, "REPORT", id.value());
        return ResponseEntity.created(URI.create("/api/reports/" + id.value())).body(Map.of("id", id.value()));
    }

    @PostMapping("/api/reports/{id}/submit")
    ResponseEntity<Void> submit(@PathVariable String id) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ReportView report = reading.find(id, me);
        reports.submit(new ReportId(report.reportId()), me.actor());
        return ResponseEntity.noContent().build();
    }

    /** The office records a leader's instruction (level, date, text) and may transfer the matter to departments. */
    @PostMapping("/api/reports/{id}/instructions")
    ResponseEntity<Void> instruct(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        ReportView report = reading.find(id, me);
        reports.recordInstruction(new ReportId(report.reportId()), body == null ? Map.of() : body, me.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/bulletins")
    List<BulletinView> bulletins(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return reading.bulletins(year, currentUser.get());
    }

    @GetMapping("/api/bulletins/{id}")
    BulletinContents bulletin(@PathVariable String id) {
        return reading.bulletin(id, currentUser.get());
    }

    /**
     * Compiles the next issue of the year (or {@code number} when given): {@code reports} the adopted reports' ids in
     * print order, comma-separated; {@code editorNote} optional.
     */
    @PostMapping("/api/bulletins")
    ResponseEntity<Map<String, String>> compile(@RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        Map<String, Object> form = new java.util.HashMap<>(body == null ? Map.of() : body);
        int year = number(form.remove("year"), "year", LocalDate.now(clock).getYear(), 2000, 2100);
        int number = number(form.remove("number"), "number", reading.nextNumber(year), 1, 999);
        BulletinId id = reports.compile(year, number, form, me.actor());
        return ResponseEntity.created(URI.create("/api/bulletins/" + id.value()))
                .body(Map.of("id", id.value(), "label", id.label()));
    }

    /** {@code leaders} and {@code departments}: comma-separated, by account or code or name. */
    @PostMapping("/api/bulletins/{id}/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, ReportReading.OFFICE);
        // the issue itself decides (its read model may not have caught up with a compilation a moment ago)
        try {
            reports.publish(bulletinId(id), body == null ? Map.of() : body, me.actor());
        } catch (AggregateNotFoundException e) {
            throw new NotFound("bulletin " + id);
        }
        return ResponseEntity.noContent().build();
    }

    static BulletinId bulletinId(String id) {
        try {
            return new BulletinId(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("bulletin " + id);
        }
    }

    static int number(Object raw, String field, int fallback, int min, int max) {
        if (raw == null || raw.toString().isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.toString().strip());
            if (n < min || n > max) {
                throw new RefusedInput(List.of(new FieldError(field, "must be between " + min + " and " + max)));
            }
            return n;
        } catch (NumberFormatException e) {
            throw new RefusedInput(List.of(new FieldError(field, "not a number")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The statuses a list filters on (an unknown one is a 400 naming the parameter). */
    enum ReportStatusParam {
        DRAFT,
        SUBMITTED,
        RETURNED,
        ADOPTED,
        NOT_ADOPTED,
        FORWARDED
    }

    enum ReportLevelParam {
        DISTRICT,
        CITY,
        PROVINCE,
        NATIONAL
    }
}
