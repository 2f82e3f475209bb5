package org.tongxin.infra.keyproposals;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.ReadModelWait;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;
import org.tongxin.projections.proposal.HandlingRef;
import org.tongxin.projections.proposal.ProposalView;

/**
 * A 督办 meeting recorded as a page: one step on a phone, the key proposal's departments to tick, the proposal's
 * refusal in a sentence. Offered from the case page to the office and to the proposal's supervising leader.
 */
@Controller
class KeyProposalPages {

    static final String OPEN = "OPEN";

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(2);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final References references;
    private final Messages messages;
    private final Clock clock;

    KeyProposalPages(
            QueryGateway queries,
            CommandGateway commands,
            CurrentUser currentUser,
            References references,
            Messages messages,
            Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.currentUser = currentUser;
        this.references = references;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/key-proposals/{id}/meeting")
    String form(@PathVariable String id, Model model) {
        TongxinUser me = currentUser.get();
        ProposalView proposal = mayRecord(me, id);
        return render(proposal, new MeetingInput(LocalDate.now(clock).toString(), "", List.of(), ""), Map.of(), model);
    }

    @PostMapping("/key-proposals/{id}/meeting")
    String record(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String participants,
            @RequestParam(required = false) List<String> departments,
            @RequestParam(defaultValue = "") String agreed,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        ProposalView proposal = mayRecord(me, id);
        MeetingInput input =
                new MeetingInput(heldOn, participants, departments == null ? List.of() : departments, agreed);
        try {
            commands.sendAndWait(input.command(references, proposal.proposalId(), me.actor()));
        } catch (FormRejected e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(proposal, input, errors, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            return render(proposal, input, Map.of(), model);
        }
        awaitReadModel(proposal);
        redirect.addFlashAttribute("notice", "keyprop.meeting.done");
        return "redirect:/cases/" + proposal.proposalId();
    }

    /**
     * The case page reads the proposal's read model, which follows the event store asynchronously: the person who
     * just recorded a meeting should find it there, so the redirect waits a moment (bounded) for the model to fold
     * it in. Past the bound the page still says the meeting was recorded; the list catches up on the next look.
     */
    private void awaitReadModel(ProposalView before) {
        ReadModelWait.until(
                () -> KeyProposalController.find(queries, before.proposalId()).version() > before.version(),
                READ_MODEL_WAIT);
    }

    /** The office, or the proposal's own supervising leader, on a key proposal; to anyone else there is no page. */
    private ProposalView mayRecord(TongxinUser me, String id) {
        Access.require(me, KeyProposalController.RECORD_MEETINGS);
        ProposalView proposal;
        try {
            proposal = KeyProposalController.find(queries, id);
        } catch (org.tongxin.infra.web.NotFound e) {
            throw new UiErrors.PageNotFound();
        }
        if (!proposal.keyProposal()
                || me.role() == Role.LEADER && !me.username().equals(proposal.supervisingLeader())) {
            throw new UiErrors.PageNotFound();
        }
        return proposal;
    }

    private String render(ProposalView proposal, MeetingInput input, Map<String, String> errors, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute(
                "departments",
                proposal.handlings().stream()
                        .filter(h -> OPEN.equals(h.state()) || "CLOSED".equals(h.state()))
                        .map(HandlingRef::department)
                        .distinct()
                        .toList());
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("participantsMax", ProposalLimits.MEETING_PARTICIPANTS_MAX);
        model.addAttribute("agreedMax", ProposalLimits.MEETING_AGREED_MAX);
        return "key-meeting";
    }
}
