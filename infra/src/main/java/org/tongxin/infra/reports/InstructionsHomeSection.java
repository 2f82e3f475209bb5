package org.tongxin.infra.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.HomeSection;
import org.tongxin.projections.report.ListInstructionsBy;
import org.tongxin.projections.report.ReportView;

/**
 * On a leader's home page: the reports they instructed on (批示), recorded by the office under their account, each
 * with how many of the departments it transferred the matter to have answered.
 */
@Component
class InstructionsHomeSection implements HomeSection {

    private static final int SHOWN = 10;

    private final QueryGateway queries;
    /** The committee's zone, for an instruction recorded without its day. */
    private final ZoneId zone;

    InstructionsHomeSection(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.zone = clock.getZone();
    }

    /** One instructed report: the departments transferred to and those that answered, in the leader's words. */
    public record Instructed(ReportView report, List<String> departments, List<String> answered) {

        public boolean allAnswered() {
            return answered.containsAll(departments);
        }
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.LEADER);
    }

    @Override
    public String template() {
        return "report-fragments";
    }

    @Override
    public String fragment() {
        return "instructedList";
    }

    @Override
    public int order() {
        return -1;
    }

    @Override
    public void contribute(TongxinUser me, Model model) {
        List<Instructed> instructed = queries
                .query(
                        new ListInstructionsBy(me.username(), SHOWN),
                        ResponseTypes.multipleInstancesOf(ReportView.class))
                .join()
                .stream()
                .map(r -> of(r, me.username()))
                .toList();
        model.addAttribute("instructed", instructed);
    }

    /**
     * A department counts as answered once it replied to the handling this leader's instruction opened; a view stored
     * before instructions kept their handlings matches by department, on or after the instruction's day.
     */
    private Instructed of(ReportView report, String leader) {
        List<ReportView.Instruction> own = report.instructions().stream()
                .filter(i -> leader.equals(i.leader()))
                .toList();
        List<String> departments =
                own.stream().flatMap(i -> i.departments().stream()).distinct().toList();
        List<String> answered = departments.stream()
                .filter(d -> report.answers().stream().anyMatch(a -> answers(a, d, own)))
                .toList();
        return new Instructed(report, departments, answered);
    }

    private boolean answers(ReportView.Answer a, String department, List<ReportView.Instruction> own) {
        return a.department().equals(department)
                && own.stream()
                        .filter(i -> i.departments().contains(department))
                        .anyMatch(i -> i.handlings().isEmpty()
                                ? !a.repliedOn().isBefore(day(i))
                                : i.handlings().contains(a.handlingId()));
    }

    private LocalDate day(ReportView.Instruction i) {
        return i.instructedOn() != null ? i.instructedOn() : LocalDate.ofInstant(i.at(), zone);
    }
}
