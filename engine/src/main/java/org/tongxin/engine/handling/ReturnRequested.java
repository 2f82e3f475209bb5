package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/** The department asked to return the item; from {@code requestedOn} its clocks stand still. */
@Revision("1")
public record ReturnRequested(
        HandlingId handlingId,
        String reason,
        DepartmentCode suggestedDepartment,
        LocalDate requestedOn,
        ActorRef requestedBy,
        Instant requestedAt)
        implements HandlingEvent {}
