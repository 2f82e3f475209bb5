package org.tongxin.engine.supervision;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** The supervisor's {@code n}-th finding; {@link #source()} names it in the pool entry it becomes. */
@Revision("1")
public record SupervisorFindingRecorded(
        SpecialSupervisorId supervisorId,
        int n,
        DepartmentCode department,
        String subject,
        String text,
        LocalDate observedOn,
        FindingRoute route,
        ActorRef recordedBy,
        Instant recordedAt)
        implements SpecialSupervisorEvent {

    public SupervisionSource source() {
        return new SupervisionSource(SupervisionSource.Kind.SPECIAL_SUPERVISOR_FINDING, supervisorId.value() + ":" + n);
    }
}
