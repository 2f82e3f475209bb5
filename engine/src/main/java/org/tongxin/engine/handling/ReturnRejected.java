package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/**
 * The assignment stands; the clocks run again from {@code resumedOn}, every due date moved by the working days they
 * stood still. Dates that do not apply to the handling's role are null, as in {@link HandlingOpened}.
 */
@Revision("1")
public record ReturnRejected(
        HandlingId handlingId,
        String note,
        LocalDate resumedOn,
        int workingDaysPaused,
        LocalDate preHandlingContactDue,
        LocalDate coHandlerOpinionDue,
        LocalDate replyDue,
        LocalDate reminderOn,
        ActorRef rejectedBy,
        Instant rejectedAt)
        implements HandlingEvent {}
