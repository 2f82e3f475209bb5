package org.tongxin.infra.corrections;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.proposal.CoSignerCorrections;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * The office's replacement of a co-signer named by mistake, as a page: while co-signing is open, a co-signer who has
 * not answered is replaced by the member meant, with a reason that goes into the audit log.
 */
@Controller
class CoSignerCorrectionPages {

    static final String AWAITING = "AWAITING_CO_SIGNERS";
    static final String PENDING = "PENDING";

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);

    private final CoSignerCorrections coSigners;
    private final References references;
    private final CurrentUser currentUser;
    private final QueryGateway queries;
    private final Messages messages;

    CoSignerCorrectionPages(
            CoSignerCorrections coSigners,
            References references,
            CurrentUser currentUser,
            QueryGateway queries,
            Messages messages) {
        this.coSigners = coSigners;
        this.references = references;
        this.currentUser = currentUser;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/corrections/co-signer")
    String form(@RequestParam String proposal, @RequestParam String replaced, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        return render(open(me, proposal, replaced), replaced, "", "", Map.of(), model);
    }

    @PostMapping("/corrections/co-signer")
    String replace(
            @RequestParam String proposal,
            @RequestParam String replaced,
            @RequestParam(defaultValue = "") String replacement,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        ProposalView view = open(me, proposal, replaced);
        try {
            String to = CorrectionController.checkedCoSigner(references, proposal, replaced, replacement, reason);
            String from = CorrectionController.replacedCoSigner(references, replaced);
            if (!coSigners.replace(view.proposalId(), from, to, reason.strip(), me.actor())) {
                throw new UiErrors.PageNotFound();
            }
        } catch (FormRejected e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(view, replaced, replacement, reason, errors, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            return render(view, replaced, replacement, reason, Map.of(), model);
        }
        redirect.addFlashAttribute("notice", "cosignerCorrection.done");
        return "redirect:/cases/" + view.proposalId();
    }

    /** The proposal while co-signing is open and the named co-signer has not answered; otherwise there is no page. */
    private ProposalView open(TongxinUser me, String proposal, String replaced) {
        if (proposal.length() > 64 || replaced.length() > 100) {
            throw new UiErrors.PageNotFound();
        }
        ProposalView view = queries.query(
                        new FindProposal(proposal, Access.scope(me)),
                        ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .orElseThrow(UiErrors.PageNotFound::new);
        boolean pending = view.coSigners() != null
                && view.coSigners().stream().anyMatch(c -> c.userId().equals(replaced) && PENDING.equals(c.response()));
        if (!AWAITING.equals(view.status()) || !pending) {
            throw new UiErrors.PageNotFound();
        }
        return view;
    }

    private String render(
            ProposalView view,
            String replaced,
            String replacement,
            String reason,
            Map<String, String> errors,
            Model model) {
        model.addAttribute("proposal", view);
        model.addAttribute("replaced", replaced);
        model.addAttribute("replacement", replacement);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", CorrectionController.REASON_MAX);
        return "cosigner-correction";
    }
}
