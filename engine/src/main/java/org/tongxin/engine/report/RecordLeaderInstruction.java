package org.tongxin.engine.report;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * A leader's written instruction (批示) on an adopted report; there may be several, from different leaders. The leader's
 * {@code level} (区/市/省/全国) and the day it was written are recorded for the author's credit; {@code level} and
 * {@code instructedOn} may be null only on instructions recorded before they were asked. An instruction may transfer
 * the matter to {@code departments}, each of which then handles it and replies with the measures it took.
 */
public record RecordLeaderInstruction(
        @TargetAggregateIdentifier ReportId reportId,
        String leader,
        ReportLevel level,
        LocalDate instructedOn,
        String instruction,
        List<DepartmentCode> departments,
        ActorRef by)
        implements ReportCommand {

    public RecordLeaderInstruction {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    public RecordLeaderInstruction(
            ReportId reportId, String leader, String instruction, List<DepartmentCode> departments, ActorRef by) {
        this(reportId, leader, null, null, instruction, departments, by);
    }

    /** An instruction that transfers the matter to no department. */
    public RecordLeaderInstruction(ReportId reportId, String leader, String instruction, ActorRef by) {
        this(reportId, leader, null, null, instruction, List.of(), by);
    }
}
