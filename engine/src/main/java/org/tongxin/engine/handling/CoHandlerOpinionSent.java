package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/** Carries the lead handling and the department so the process can deliver the opinion without a lookup. */
@Revision("1")
public record CoHandlerOpinionSent(
        HandlingId handlingId,
        String leadHandlingId,
        DepartmentCode department,
        String opinion,
        LocalDate sentOn,
        LocalDate coHandlerOpinionDue,
        boolean late,
        ActorRef sentBy,
        Instant sentAt)
        implements HandlingEvent {}
