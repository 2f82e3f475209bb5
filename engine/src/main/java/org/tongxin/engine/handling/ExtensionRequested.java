package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record ExtensionRequested(
        HandlingId handlingId,
        Period extension,
        String reason,
        LocalDate replyDue,
        ActorRef requestedBy,
        Instant requestedAt)
        implements HandlingEvent {}
