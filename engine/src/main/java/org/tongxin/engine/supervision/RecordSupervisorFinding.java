package org.tongxin.engine.supervision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** What a special supervisor found at a department they supervise, and where it goes. */
public record RecordSupervisorFinding(
        @TargetAggregateIdentifier SpecialSupervisorId supervisorId,
        DepartmentCode department,
        String subject,
        String text,
        LocalDate observedOn,
        FindingRoute route,
        ActorRef by)
        implements SpecialSupervisorCommand {}
