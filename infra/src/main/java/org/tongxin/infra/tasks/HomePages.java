package org.tongxin.infra.tasks;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.camunda.ProcessDiagrams;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.projections.audit.AuditFilter;
import org.tongxin.projections.audit.AuditPage;
import org.tongxin.projections.audit.ListAuditEntries;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.ListHandlings;
import org.tongxin.projections.proposal.ListProposals;
import org.tongxin.projections.proposal.ProposalPage;
import org.tongxin.projections.proposal.ProposalView;

/**
 * What {@code /} shows a role whose day does not start in a task list: a leader sees the key proposals they lead and
 * what is late across departments, a supervisor what is late or escalated and what happened last, a designer the
 * deployed processes. Everyone else's home is the inbox.
 */
@Component
class HomePages {

    static final Set<Role> WITH_HOME = Set.of(Role.LEADER, Role.SUPERVISOR, Role.DESIGNER);

    /** Large enough for a committee's open handlings; the board pages beyond it. */
    private static final int HANDLINGS = 200;

    private static final int RECENT_AUDIT = 10;

    private final QueryGateway queries;
    private final ProcessDiagrams diagrams;

    HomePages(QueryGateway queries, ProcessDiagrams diagrams) {
        this.queries = queries;
        this.diagrams = diagrams;
    }

    static boolean hasHome(TongxinUser me) {
        return WITH_HOME.contains(me.role());
    }

    String home(TongxinUser me, Model model) {
        switch (me.role()) {
            case LEADER -> {
                model.addAttribute("keyProposals", keyProposalsLedBy(me.username()));
                model.addAttribute("late", late(false));
            }
            case SUPERVISOR -> {
                model.addAttribute("late", late(true));
                model.addAttribute(
                        "recent",
                        queries.query(
                                        new ListAuditEntries(AuditFilter.none(), false, 0, RECENT_AUDIT),
                                        ResponseTypes.instanceOf(AuditPage.class))
                                .join()
                                .items());
            }
            case DESIGNER -> model.addAttribute("processes", diagrams.deployed());
            default -> throw new IllegalStateException("no home page for " + me.role());
        }
        model.addAttribute("homeRole", me.role().name());
        return "home";
    }

    private List<ProposalView> keyProposalsLedBy(String leader) {
        ProposalPage page = queries.query(
                        new ListProposals(null, null, null, true, null, 0, HANDLINGS),
                        ResponseTypes.instanceOf(ProposalPage.class))
                .join();
        return page.items().stream()
                .filter(p -> leader.equals(p.supervisingLeader()))
                .toList();
    }

    /** Overdue handlings across departments, and for a supervisor the escalated ones too; the most overdue first. */
    private List<HandlingSummary> late(boolean withEscalated) {
        HandlingPage page = queries.query(
                        new ListHandlings(null, null, false, 0, HANDLINGS),
                        ResponseTypes.instanceOf(HandlingPage.class))
                .join();
        return page.items().stream()
                .filter(s ->
                        s.clock().overdue() || withEscalated && s.handling().escalated())
                .sorted(Comparator.comparing(
                        (HandlingSummary s) -> s.clock().workingDaysLeft(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
