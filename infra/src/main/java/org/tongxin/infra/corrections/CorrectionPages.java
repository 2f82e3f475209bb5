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
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.handling.AssignmentCorrections;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.processes.task.References;
import org.tongxin.projections.handling.FindHandling;
import org.tongxin.projections.handling.HandlingSummary;

/** The office's correction of a wrong assignment, as a page: the handling, the department to move it to, why. */
@Controller
class CorrectionPages {

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);

    private final AssignmentCorrections corrections;
    private final References references;
    private final CurrentUser currentUser;
    private final QueryGateway queries;
    private final Messages messages;

    CorrectionPages(
            AssignmentCorrections corrections,
            References references,
            CurrentUser currentUser,
            QueryGateway queries,
            Messages messages) {
        this.corrections = corrections;
        this.references = references;
        this.currentUser = currentUser;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/corrections/handling")
    String form(@RequestParam String id, Model model) {
        Access.require(currentUser.get(), OFFICE);
        return render(handling(id), "", "", Map.of(), model);
    }

    @PostMapping("/corrections/handling")
    String correct(
            @RequestParam String id,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        HandlingSummary handling = handling(id);
        try {
            DepartmentCode to = CorrectionController.checked(references, id, department, reason);
            if (!corrections.reassign(id, to, reason.strip(), me.actor())) {
                throw new UiErrors.PageNotFound();
            }
        } catch (FormRejected e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return render(handling, department, reason, errors, model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            model.addAttribute("refusalCode", e.code());
            return render(handling, department, reason, Map.of(), model);
        }
        return "redirect:/cases/" + handling.handling().proposalId();
    }

    private HandlingSummary handling(String id) {
        if (id.length() > 160) {
            throw new UiErrors.PageNotFound();
        }
        return queries.query(new FindHandling(id), ResponseTypes.optionalInstanceOf(HandlingSummary.class))
                .join()
                .orElseThrow(UiErrors.PageNotFound::new);
    }

    private String render(
            HandlingSummary handling, String department, String reason, Map<String, String> errors, Model model) {
        model.addAttribute("handling", handling);
        model.addAttribute("department", department);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("reasonMax", CorrectionController.REASON_MAX);
        return "correction";
    }
}
