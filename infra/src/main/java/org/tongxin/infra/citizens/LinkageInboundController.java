package org.tongxin.infra.citizens;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.LinkageWire;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;

/**
 * City–district linkage (市区联动), the receiving side: a lower committee's instance hands an item over and later asks
 * for its feedback, signed in with the office account configured for it here.
 */
@RestController
@RequestMapping("/api/linkage/inbound")
class LinkageInboundController {

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);

    private final LinkageInbox inbox;
    private final CurrentUser currentUser;
    private final Validator validator;

    LinkageInboundController(LinkageInbox inbox, CurrentUser currentUser, Validator validator) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @PostMapping
    @Operation(
            summary = "Receive an item a lower committee escalated, as a clue of source LOWER_COMMITTEE (called by the"
                    + " lower instance); the same reference again answers with the same clue")
    ResponseEntity<LinkageWire.Receipt> receive(@RequestBody(required = false) LinkageWire.Inbound body) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        // checked here rather than by @Valid, so that only the office learns what a receipt needs
        LinkageWire.Inbound item =
                body == null ? new LinkageWire.Inbound(null, null, null, null, null, null, null) : body;
        List<FieldError> errors = validator.validate(item).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        LinkageInbox.Received received = inbox.receive(item, me);
        return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(received.receipt());
    }

    @GetMapping("/{reference}")
    @Operation(summary = "The feedback on a received item's clue, for the lower instance that sent it")
    LinkageWire.Outcome outcome(@PathVariable String reference) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        return inbox.outcome(reference, me);
    }
}
