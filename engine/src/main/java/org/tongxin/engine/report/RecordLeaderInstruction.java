package org.tongxin.engine.report;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * A leader's written instruction (批示) on an adopted report; there may be several, from different leaders. An
 * instruction may transfer the matter to {@code departments}, each of which then handles it and replies with the
 * measures it took.
 */
public record RecordLeaderInstruction(
        @TargetAggregateIdentifier ReportId reportId,
        String leader,
        String instruction,
        List<DepartmentCode> departments,
        ActorRef by)
        implements ReportCommand {

    public RecordLeaderInstruction {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** An instruction that transfers the matter to no department. */
    public RecordLeaderInstruction(ReportId reportId, String leader, String instruction, ActorRef by) {
        this(reportId, leader, instruction, List.of(), by);
    }
}
