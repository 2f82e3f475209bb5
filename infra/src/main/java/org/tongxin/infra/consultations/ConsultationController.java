package org.tongxin.infra.consultations;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicStatus;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.consultation.ComputeConsultationStatistics;
import org.tongxin.projections.consultation.ConsultationStatistics;
import org.tongxin.projections.consultation.ListTopics;
import org.tongxin.projections.consultation.TopicPage;
import org.tongxin.projections.consultation.TopicView;

/**
 * Consultation topics from their read model, and the office's actions on them; the steps of a topic's process are
 * its tasks ({@code /api/tasks}). Every signed-in user reads topics; the public's names and phones only the office.
 */
@RestController
@Validated
class ConsultationController {

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);
    private static final Set<Role> CREATORS = Set.of(Role.STAFF, Role.MEMBER, Role.LEADER);

    private final Consultations consultations;
    private final CurrentUser currentUser;
    private final QueryGateway queries;

    ConsultationController(Consultations consultations, CurrentUser currentUser, QueryGateway queries) {
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.queries = queries;
    }

    @GetMapping("/api/consultations")
    @Operation(summary = "Consultation topics, newest first; from/to match the meeting day or, before one, creation")
    TopicPage list(
            @RequestParam(required = false) TopicKind kind,
            @RequestParam(required = false) TopicStatus status,
            @RequestParam(required = false) String street,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String member,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        TongxinUser me = currentUser.get();
        TopicPage shown = consultations.list(
                new ListTopics(
                        kind == null ? null : kind.name(),
                        status == null ? null : status.name(),
                        street,
                        from,
                        to,
                        member,
                        page,
                        size),
                me);
        consultations.logGiverReads(shown.items(), me, PersonalDataReads.Purpose.TOPIC_LIST_API);
        return shown;
    }

    @GetMapping("/api/consultations/{id}")
    @Operation(summary = "One topic: status, participants, suggestions with each department's handling and answer")
    TopicView get(@PathVariable String id) {
        TongxinUser me = currentUser.get();
        TopicView shown = consultations.find(id, me).orElseThrow(() -> new NotFound("consultation topic " + id));
        consultations.logGiverReads(List.of(shown), me, PersonalDataReads.Purpose.TOPIC_API);
        return shown;
    }

    /** The create form's fields ({@code kind}, {@code origin}, {@code clues} by tracking code…), as JSON. */
    @PostMapping("/api/consultations")
    @Operation(summary = "Create a topic (office, members, leaders); from clues routed to a topic: origin CLUES")
    ResponseEntity<Map<String, String>> create(@RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, CREATORS);
        TopicId id = consultations.create(body == null ? Map.of() : body, me);
        return ResponseEntity.created(URI.create("/api/consultations/" + id.value()))
                .body(Map.of("id", id.value()));
    }

    record Moderation(boolean publish, String reason) {}

    @PostMapping("/api/consultations/{id}/opinions/{opinion}/moderation")
    @Operation(summary = "Publish a public opinion, or hide it with a reason (office)")
    ResponseEntity<Void> moderate(
            @PathVariable String id,
            @PathVariable @Min(1) int opinion,
            @RequestBody(required = false) Moderation body) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        requireBody(body);
        consultations.moderate(id, opinion, body.publish(), body.reason(), me);
        return ResponseEntity.noContent().build();
    }

    record Erasure(String reason) {}

    @PostMapping("/api/consultations/{id}/opinions/{opinion}/erasure")
    @Operation(
            summary = "Erase the name and phone of the person who gave a public opinion, with the reason (office);"
                    + " the topic then shows 已删除 where they were")
    ResponseEntity<Void> eraseGiver(
            @PathVariable String id, @PathVariable @Min(1) int opinion, @RequestBody(required = false) Erasure body) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        requireBody(body);
        consultations.eraseGiver(id, opinion, body.reason(), me);
        return ResponseEntity.noContent().build();
    }

    record Lift(String text, String departments) {}

    @PostMapping("/api/consultations/{id}/opinions/{opinion}/lift")
    @Operation(summary = "Lift a published opinion into an itemized suggestion for departments (office)")
    ResponseEntity<Void> lift(
            @PathVariable String id, @PathVariable @Min(1) int opinion, @RequestBody(required = false) Lift body) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        requireBody(body);
        consultations.lift(id, opinion, body.text(), body.departments(), me);
        return ResponseEntity.noContent().build();
    }

    record AskAgain(String handling, String note) {}

    @PostMapping("/api/consultations/{id}/ask-again")
    @Operation(summary = "Ask a department again about a suggestion it has (office, leaders)")
    ResponseEntity<Void> askAgain(@PathVariable String id, @RequestBody(required = false) AskAgain body) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF, Role.LEADER));
        requireBody(body);
        consultations.askAgain(id, body.handling(), body.note(), me);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/consultations/stats")
    @Operation(summary = "Meetings and participants per street and kind; suggestions and adoption per department")
    ConsultationStatistics stats(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!from.isBefore(to)) {
            throw new org.tongxin.infra.web.RefusedInput(
                    java.util.List.of(new org.tongxin.processes.task.FieldError("to", "must be after from")));
        }
        return queries.query(
                        new ComputeConsultationStatistics(from, to),
                        ResponseTypes.instanceOf(ConsultationStatistics.class))
                .join();
    }

    /** Who may not act is told so before being told what the body lacks. */
    private static void requireBody(Object body) {
        if (body == null) {
            throw new org.tongxin.infra.web.RefusedInput(
                    java.util.List.of(new org.tongxin.processes.task.FieldError("body", "is required")));
        }
    }

    /** The public opinion form's API: 201 with a tracking code; 409 when the topic takes no opinions now. */
    @PostMapping("/api/public/consultations/{id}/opinions")
    @Operation(summary = "Give an opinion on a topic open online (public, no account; rate limited)")
    ResponseEntity<OpinionReceipt> submitOpinion(
            @PathVariable String id, @Valid @RequestBody OpinionSubmission submission) {
        String code = consultations.submitOpinion(id, submission);
        return ResponseEntity.created(URI.create("/public/consultations/" + id)).body(new OpinionReceipt(id, code));
    }
}
