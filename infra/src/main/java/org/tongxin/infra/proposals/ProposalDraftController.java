package org.tongxin.infra.proposals;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.processes.proposal.ProposalDrafts;
import org.tongxin.processes.task.FieldError;

/**
 * Writing proposals outside a clue: a member's draft, the office's entry on a member's behalf or for a body, a body's
 * own; editing a draft, submitting it, withdrawing it before filing. Bad input is a 400 naming the field; a rule about
 * the proposal's state (edited after submission, withdrawn after filing) a 409. An id that names no proposal (nothing
 * stored, or another kind of item such as a clue) is a 404.
 */
@RestController
class ProposalDraftController {

    static final java.util.Set<Role> WRITERS = java.util.Set.of(Role.MEMBER, Role.STAFF, Role.BODY);

    private final ProposalDrafts drafts;
    private final ProposingBodies bodies;
    private final CurrentUser currentUser;
    private final ResearchReference research;

    ProposalDraftController(
            ProposalDrafts drafts, ProposingBodies bodies, CurrentUser currentUser, ResearchReference research) {
        this.drafts = drafts;
        this.bodies = bodies;
        this.currentUser = currentUser;
        this.research = research;
    }

    @PostMapping("/api/proposals")
    @Operation(
            summary = "Write a proposal: a member's own (co-signers by name), the office's on a member's behalf"
                    + " (member, channel PAPER | PLENARY_SPEECH | GROUP_DISCUSSION) or for a body (body: its code),"
                    + " a body account's own; kept as a draft unless action is SUBMIT; researchTopicId names a research topic"
                    + " it cites")
    ResponseEntity<Map<String, String>> draft(@RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ProposalId id = write(me, body == null ? Map.of() : body);
        return ResponseEntity.created(URI.create("/api/proposals/" + id.value()))
                .body(Map.of("id", id.value()));
    }

    ProposalId write(TongxinUser me, Map<String, Object> body) {
        Map<String, Object> form = new HashMap<>(body);
        Optional<Long> topic = research.check(me, form.remove(ResearchReference.FIELD));
        ProposalId id = writeChecked(me, form);
        research.cite(topic, "PROPOSAL", id.value());
        return id;
    }

    private ProposalId writeChecked(TongxinUser me, Map<String, Object> form) {
        return switch (me.role()) {
            case MEMBER -> drafts.draft(form, me.actor());
            case BODY -> {
                ProposingBodies.Body own = bodies.ofAccount(me.username())
                        .orElseThrow(() -> Access.forbidden("This account speaks for no proposing body."));
                yield drafts.draftForBody(form, own.asProposingBody(), me.username(), me.actor());
            }
            default -> {
                Object bodyCode = form.remove("body");
                if (bodyCode != null && !bodyCode.toString().isBlank()) {
                    ProposingBodies.Body chosen = bodies.byCode(
                                    bodyCode.toString().strip())
                            .orElseThrow(() -> new RefusedInput(List.of(new FieldError("body", "unknown body"))));
                    String speaker = chosen.account() == null ? me.username() : chosen.account();
                    yield drafts.draftForBody(form, chosen.asProposingBody(), speaker, me.actor());
                }
                yield drafts.enterOnBehalf(form, me.actor());
            }
        };
    }

    @PutMapping("/api/proposals/{id}")
    @Operation(
            summary = "Rewrite a draft (title, category, content, suggestions, co-signers); submitted too when"
                    + " action is SUBMIT")
    ResponseEntity<Void> edit(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ProposalId proposal = proposalId(id);
        try {
            drafts.edit(proposal, body == null ? Map.of() : body, me.actor());
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new NotFound("proposal " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/proposals/{id}/submit")
    @Operation(summary = "Submit a draft into the filing process (co-signing first for a joint proposal)")
    ResponseEntity<Void> submit(@PathVariable String id) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ProposalId proposal = proposalId(id);
        try {
            drafts.submit(proposal, me.actor());
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new NotFound("proposal " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/proposals/{id}/withdraw")
    @Operation(summary = "Withdraw a proposal before it is filed; reason required")
    ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
        TongxinUser me = currentUser.get();
        Access.require(me, WRITERS);
        ProposalId proposal = proposalId(id);
        try {
            drafts.withdraw(proposal, body == null ? Map.of() : body, me.actor());
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            throw new NotFound("proposal " + id);
        }
        return ResponseEntity.noContent().build();
    }

    static ProposalId proposalId(String id) {
        try {
            return new ProposalId(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("proposal " + id);
        }
    }
}
