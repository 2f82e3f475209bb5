package org.tongxin.infra.admin;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.ops.DeadLetters;
import org.tongxin.projections.ops.ProjectionOperations;
import org.tongxin.projections.ops.ProjectionStatus;
import org.tongxin.projections.ops.Reconciliation;
import org.tongxin.projections.ops.ReconciliationReport;
import org.tongxin.projections.ops.ReplayBlocked;
import org.tongxin.projections.ops.UnknownDeadLetter;
import org.tongxin.projections.ops.UnknownProjection;

/**
 * 数据视图运维 for administrators: where each read model stands (lag, segments nobody works on, stuck ones), the
 * events waiting in the dead-letter queues with retry and evict, and the reconciliation with the event store. The
 * same operations as {@code /api/admin/…}, for a signed-in browser session.
 */
@Controller
class ProjectionAdminPages {

    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

    private final ProjectionOperations operations;
    private final DeadLetters deadLetters;
    private final Reconciliation reconciliation;
    private final CurrentUser currentUser;

    ProjectionAdminPages(
            ProjectionOperations operations,
            DeadLetters deadLetters,
            Reconciliation reconciliation,
            CurrentUser currentUser) {
        this.operations = operations;
        this.deadLetters = deadLetters;
        this.reconciliation = reconciliation;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/projections")
    String page(Model model) {
        Access.require(currentUser.get(), ADMIN);
        model.addAttribute("statuses", operations.statuses());
        model.addAttribute("letters", deadLetters.list());
        ReconciliationReport report = reconciliation.lastReport();
        model.addAttribute("report", report);
        return "admin-projections";
    }

    @PostMapping("/admin/projections/dead-letters/{group}/{key}/retry")
    String retry(@PathVariable String group, @PathVariable String key, RedirectAttributes redirect) {
        Access.require(currentUser.get(), ADMIN);
        try {
            boolean handled = deadLetters.retry(group, key);
            redirect.addFlashAttribute("notice", handled ? "admin.retry.handled" : "admin.retry.failed");
        } catch (UnknownProjection | UnknownDeadLetter e) {
            throw new NotFound("dead letters");
        }
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/dead-letters/{group}/{key}/evict")
    String evict(@PathVariable String group, @PathVariable String key, RedirectAttributes redirect) {
        Access.require(currentUser.get(), ADMIN);
        try {
            deadLetters.evict(group, key);
            redirect.addFlashAttribute("notice", "admin.evict.done");
        } catch (UnknownProjection | UnknownDeadLetter e) {
            throw new NotFound("dead letters");
        }
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/reconciliation")
    String reconcile(RedirectAttributes redirect) {
        Access.require(currentUser.get(), ADMIN);
        ReconciliationReport report = reconciliation.run();
        redirect.addFlashAttribute(
                "notice", report.mismatches() == 0 ? "admin.reconcile.clean" : "admin.reconcile.repaired");
        return "redirect:/admin/projections";
    }

    @PostMapping("/admin/projections/{group}/replay")
    String replay(@PathVariable String group, RedirectAttributes redirect) {
        Access.require(currentUser.get(), ADMIN);
        ProjectionStatus started;
        try {
            started = operations.replay(group);
        } catch (UnknownProjection e) {
            throw new NotFound("projection");
        } catch (ReplayBlocked e) {
            redirect.addFlashAttribute("problem", "admin.replay.blocked");
            return "redirect:/admin/projections";
        }
        redirect.addFlashAttribute(
                "notice", started.besideLiveTables() ? "admin.replay.started.beside" : "admin.replay.started");
        return "redirect:/admin/projections";
    }
}
