package org.tongxin.infra.linkage;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.Paging;

/**
 * City–district linkage (市区联动), the escalating side: the office escalates a clue or a proposal to the higher
 * committee and follows it. The receiving side is {@code /api/linkage/inbound} (in the intake of clues).
 */
@RestController
@RequestMapping("/api/linkage")
@Validated
class LinkageController {

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);

    private final LinkageDesk desk;
    private final LinkageOutbox outbox;
    private final CurrentUser currentUser;

    LinkageController(LinkageDesk desk, LinkageOutbox outbox, CurrentUser currentUser) {
        this.desk = desk;
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @PostMapping("/escalations")
    @Operation(
            summary = "Escalate a clue (by tracking code) or a proposal (by number) to the higher committee (office);"
                    + " sent in the background, retried while the peer is unreachable")
    ResponseEntity<Escalation> escalate(@RequestBody(required = false) LinkageDesk.Request body) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        Escalation e = desk.escalate(body == null ? new LinkageDesk.Request(null, null, null) : body, me);
        return ResponseEntity.created(URI.create("/api/linkage/escalations/" + e.escalationId()))
                .body(e);
    }

    @GetMapping("/escalations")
    @Operation(summary = "The escalations to the higher committee, newest first, with how far each got (office)")
    List<Escalation> escalations(@RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Access.require(currentUser.get(), OFFICE);
        return outbox.latest(size);
    }

    @GetMapping("/escalations/{id}")
    @Operation(summary = "One escalation: sent or still retried, the higher committee's clue and tracking code")
    Escalation escalation(@PathVariable String id) {
        Access.require(currentUser.get(), OFFICE);
        return outbox.find(id).orElseThrow(() -> new NotFound("escalation " + id));
    }

    @ExceptionHandler(EscalationRefused.class)
    ProblemDetail refused(EscalationRefused e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
