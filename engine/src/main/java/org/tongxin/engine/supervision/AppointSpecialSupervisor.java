package org.tongxin.engine.supervision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** Appoints a committee member special supervisor (特约监督员) of a department for a term. */
public record AppointSpecialSupervisor(
        @TargetAggregateIdentifier SpecialSupervisorId supervisorId,
        DepartmentCode department,
        LocalDate termStart,
        LocalDate termEnd,
        ActorRef by)
        implements SpecialSupervisorCommand {}
