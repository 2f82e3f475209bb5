package org.tongxin.engine.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

@Revision("1")
public record SpecialSupervisorAppointed(
        SpecialSupervisorId supervisorId,
        DepartmentCode department,
        LocalDate termStart,
        LocalDate termEnd,
        ActorRef appointedBy,
        Instant appointedAt)
        implements SpecialSupervisorEvent {}
