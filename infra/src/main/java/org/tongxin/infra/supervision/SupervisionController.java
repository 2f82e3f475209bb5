package org.tongxin.infra.supervision;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.supervision.SupervisionStatus;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.supervision.SupervisionPage;
import org.tongxin.projections.supervision.SupervisorFindingView;
import org.tongxin.projections.supervision.SupervisorTerm;

/**
 * The supervision pool (民主监督议题库) and the special supervisors' registry. A department officer reads only the
 * entries with an item transferred to their department, with that department's items only; the team's work on an
 * entry (team, activities, verification, closing) goes through its tasks ({@code /api/tasks}).
 */
@RestController
@RequestMapping("/api/supervision")
@Validated
class SupervisionController {

    private final SupervisionReader reader;
    private final SupervisionDesk desk;
    private final CurrentUser currentUser;

    SupervisionController(SupervisionReader reader, SupervisionDesk desk, CurrentUser currentUser) {
        this.reader = reader;
        this.desk = desk;
        this.currentUser = currentUser;
    }

    @GetMapping
    @Operation(summary = "The supervision pool, newest first, by status, type, plan year, department or words")
    SupervisionPage list(
            @RequestParam(required = false) SupervisionStatus status,
            @RequestParam(required = false) SupervisionType type,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reader.list(
                currentUser.get(),
                status == null ? null : status.name(),
                type == null ? null : type.name(),
                year,
                department == null || department.isBlank() ? null : department.strip(),
                q == null || q.length() > 100 ? null : q,
                page,
                size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry: team, activities, findings, rectification items with each department's clock")
    SupervisionReader.SupervisionDetail one(@PathVariable String id) {
        return reader.detail(currentUser.get(), id);
    }

    @PostMapping
    @Operation(summary = "File an entry in the pool (office, leaders); optionally for a key proposal")
    ResponseEntity<Map<String, String>> file(@RequestBody(required = false) SupervisionDesk.Filing body) {
        TongxinUser me = currentUser.get();
        Access.require(me, SupervisionDesk.FILERS);
        SupervisionDesk.Filing f =
                body == null ? new SupervisionDesk.Filing(null, null, null, null, List.of(), null) : body;
        String id = desk.file(f, me.actor());
        return ResponseEntity.created(URI.create("/api/supervision/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/supervisors")
    @Operation(summary = "Special supervisors (特约监督员): every appointment with its term, the registry's history")
    List<SupervisorTerm> supervisors(@RequestParam(required = false) String department) {
        return reader.supervisors(currentUser.get(), department);
    }

    @PostMapping("/supervisors")
    @Operation(summary = "Appoint a committee member special supervisor of a department for a term (office)")
    ResponseEntity<Void> appoint(@RequestBody(required = false) SupervisionDesk.Appointment body) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        desk.appoint(body == null ? new SupervisionDesk.Appointment(null, null, null, null) : body, me.actor());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/supervisors/end")
    @Operation(
            summary = "End a special supervisor's current appointment before its term (office): the day and the reason"
                    + " are kept in the registry's history")
    ResponseEntity<Void> endTerm(@RequestBody(required = false) SupervisionDesk.TermEnding body) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        desk.endTerm(body == null ? new SupervisionDesk.TermEnding(null, null, null, null) : body, me.actor());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/findings")
    @Operation(summary = "Special supervisors' findings, newest first, each with the pool entry it became")
    List<SupervisorFindingView> findings(@RequestParam(required = false) String department) {
        return reader.findings(currentUser.get(), department);
    }

    @PostMapping("/findings")
    @Operation(
            summary = "A special supervisor's finding at a department (the member themself, or the office for them),"
                    + " into the pool or straight to rectification")
    ResponseEntity<Void> report(@RequestBody(required = false) SupervisionDesk.FindingReport body) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF));
        desk.report(
                body == null ? new SupervisionDesk.FindingReport(null, null, null, null, null, null) : body,
                me.actor());
        return ResponseEntity.noContent().build();
    }
}
