package org.tongxin.infra.tasks;

import java.util.ArrayList;
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
import org.tongxin.infra.shared.HomeSection;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskView;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.audit.AuditFilter;
import org.tongxin.projections.audit.AuditPage;
import org.tongxin.projections.audit.ListAuditEntries;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.ListHandlings;
import org.tongxin.projections.keyproposal.KeyProposalClock;
import org.tongxin.projections.keyproposal.ListKeyProposalClocks;

/**
 * What {@code /} shows a role whose day does not start in a task list: a leader sees the tasks waiting for them (an
 * overdue key proposal's follow-up is theirs alone), the key proposals they supervise with each department's clock,
 * and what is late across departments; a supervisor every key proposal's clocks, what is late or escalated and what
 * happened last; a designer the deployed processes. Other features add their lists through {@link HomeSection}.
 * Everyone else's home is the inbox.
 */
@Component
class HomePages {

    static final Set<Role> WITH_HOME = Set.of(Role.LEADER, Role.SUPERVISOR, Role.DESIGNER);

    /** Large enough for a committee's open handlings; the board pages beyond it. */
    private static final int HANDLINGS = 200;

    private static final int RECENT_AUDIT = 10;

    /** The tasks a home page lists before pointing to the inbox. */
    private static final int TASKS = 20;

    private final QueryGateway queries;
    private final ProcessDiagrams diagrams;
    private final UserTasks tasks;
    private final List<HomeSection> sections;

    HomePages(QueryGateway queries, ProcessDiagrams diagrams, UserTasks tasks, List<HomeSection> sections) {
        this.queries = queries;
        this.diagrams = diagrams;
        this.tasks = tasks;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
    }

    static boolean hasHome(TongxinUser me) {
        return WITH_HOME.contains(me.role());
    }

    String home(TongxinUser me, Model model) {
        switch (me.role()) {
            case LEADER -> {
                model.addAttribute("myTasks", myTasks(me));
                model.addAttribute("keyProposals", keyProposals(me.username()));
                model.addAttribute("late", late(false));
            }
            case SUPERVISOR -> {
                model.addAttribute("keyProposals", keyProposals(null));
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
        List<HomeSection> shown = new ArrayList<>();
        for (HomeSection section : sections) {
            if (section.roles().contains(me.role())) {
                section.contribute(me, model);
                shown.add(section);
            }
        }
        model.addAttribute("homeSections", shown);
        model.addAttribute("homeRole", me.role().name());
        return "home";
    }

    /** Assigned to the leader first (their key proposals' follow-ups), then those offered to leaders. */
    private List<TaskView> myTasks(TongxinUser me) {
        List<TaskView> mine = new ArrayList<>(
                tasks.list(me.taskActor(), new TaskFilter(TaskFilter.Scope.MINE, null, false, null, null), 0, TASKS));
        mine.addAll(
                tasks.list(me.taskActor(), new TaskFilter(TaskFilter.Scope.GROUPS, null, false, null, null), 0, TASKS));
        return mine;
    }

    /** One leader's key proposals, or for null every key proposal; those with an overdue department first. */
    private List<KeyProposalClock> keyProposals(String leader) {
        return queries
                .query(new ListKeyProposalClocks(leader), ResponseTypes.multipleInstancesOf(KeyProposalClock.class))
                .join()
                .stream()
                .sorted(Comparator.comparingInt(KeyProposalClock::overdue).reversed())
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
