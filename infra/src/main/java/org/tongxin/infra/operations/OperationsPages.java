package org.tongxin.infra.operations;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;

/**
 * 运行监控: the open incidents with their case, step and error and a retry button for designers and administrators,
 * and a search for a case's process instances, shown on their diagrams with the current step marked.
 */
@Controller
class OperationsPages {

    private final Operations operations;
    private final CurrentUser currentUser;

    OperationsPages(Operations operations, CurrentUser currentUser) {
        this.operations = operations;
        this.currentUser = currentUser;
    }

    @GetMapping("/operations")
    String page(@RequestParam(required = false) String q, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, Operations.READERS);
        model.addAttribute("incidents", operations.incidents());
        model.addAttribute("mayRetry", Operations.OPERATORS.contains(me.role()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", operations.search(q));
        return "operations";
    }

    @PostMapping("/operations/incidents/{id}/retry")
    String retry(@PathVariable String id, RedirectAttributes redirect) {
        TongxinUser me = currentUser.get();
        Access.require(me, Operations.OPERATORS);
        try {
            Operations.IncidentRow row = operations.retry(id, me);
            redirect.addFlashAttribute("notice", "operations.retried");
            redirect.addFlashAttribute("noticeCase", row.caseTitle());
        } catch (NotFound e) {
            redirect.addFlashAttribute("problem", "operations.retry.gone");
        } catch (Operations.NotRetryable e) {
            redirect.addFlashAttribute("problem", "operations.retry.notJob");
        }
        return "redirect:/operations";
    }

    /** One case's process instances on their diagrams. */
    @GetMapping("/operations/instances")
    String instance(@RequestParam String key, Model model) {
        Access.require(currentUser.get(), Operations.READERS);
        if (operations.positions(key).isEmpty()) {
            throw new NotFound("process instance");
        }
        model.addAttribute("caseKey", key);
        model.addAttribute("caseTitle", operations.title(key));
        return "operations-instance";
    }

    @GetMapping(value = "/operations/instances/positions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Operations.Diagram> positions(@RequestParam String key) {
        Access.require(currentUser.get(), Operations.READERS);
        return operations.positions(key);
    }
}
