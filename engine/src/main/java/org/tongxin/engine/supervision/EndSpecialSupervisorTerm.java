package org.tongxin.engine.supervision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** Ends an appointment before its term runs out (a member leaves, the department is reorganized). */
public record EndSpecialSupervisorTerm(
        @TargetAggregateIdentifier SpecialSupervisorId supervisorId,
        DepartmentCode department,
        LocalDate endedOn,
        String reason,
        ActorRef by)
        implements SpecialSupervisorCommand {}
