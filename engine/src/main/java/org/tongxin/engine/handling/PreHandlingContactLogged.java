package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** {@code late} when the contact came after {@code preHandlingContactDue}. */
@Revision("1")
public record PreHandlingContactLogged(
        HandlingId handlingId,
        LocalDate contactedOn,
        ContactMethod method,
        String notes,
        LocalDate preHandlingContactDue,
        boolean late,
        ActorRef loggedBy,
        Instant loggedAt)
        implements HandlingEvent {}
