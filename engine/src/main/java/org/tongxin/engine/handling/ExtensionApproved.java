package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** {@code totalExtension} adds up every approved extension; {@code replyDue} is the new due date. */
@Revision("1")
public record ExtensionApproved(
        HandlingId handlingId,
        Period extension,
        Period totalExtension,
        LocalDate replyDue,
        LocalDate reminderOn,
        ActorRef approvedBy,
        Instant approvedAt)
        implements HandlingEvent {}
