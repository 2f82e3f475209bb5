package org.tongxin.infra.linkage;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;

/**
 * 报送上级政协: the office escalates a clue or a proposal and sees how far each escalation got — waiting for the higher
 * committee's instance (with how often it was tried), taken (with the higher committee's tracking code), answered.
 */
@Controller
class LinkagePages {

    private static final Set<Role> OFFICE = Set.of(Role.STAFF);
    private static final int SHOWN = 50;

    private final LinkageDesk desk;
    private final LinkageOutbox outbox;
    private final LinkageSettings settings;
    private final CurrentUser currentUser;
    private final Messages messages;

    LinkagePages(
            LinkageDesk desk,
            LinkageOutbox outbox,
            LinkageSettings settings,
            CurrentUser currentUser,
            Messages messages) {
        this.desk = desk;
        this.outbox = outbox;
        this.settings = settings;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/linkage")
    String page(
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String item, Model model) {
        Access.require(currentUser.get(), OFFICE);
        return render(Map.of("kind", kind, "item", item, "note", ""), Map.of(), null, model);
    }

    @PostMapping("/linkage")
    String escalate(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String note,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, OFFICE);
        Map<String, String> values = Map.of("kind", kind, "item", item, "note", note);
        try {
            desk.escalate(new LinkageDesk.Request(kind, item, note), me);
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError error : e.errors()) {
                errors.putIfAbsent(error.field(), messages.fieldError(error));
            }
            return render(values, errors, null, model);
        } catch (EscalationRefused e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(values, Map.of(), messages.get("linkage.refused." + e.reason()), model);
        }
        return "redirect:/linkage?escalated=1";
    }

    private String render(Map<String, String> values, Map<String, String> errors, String refusal, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("hasPeer", settings.hasPeer());
        model.addAttribute("escalations", outbox.latest(SHOWN));
        return "linkage";
    }
}
