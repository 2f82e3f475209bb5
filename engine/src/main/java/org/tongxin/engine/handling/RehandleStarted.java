package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Round {@code round} begins; its reply is due on {@code replyDue}. */
@Revision("1")
public record RehandleStarted(
        HandlingId handlingId,
        int round,
        String note,
        LocalDate startedOn,
        LocalDate replyDue,
        LocalDate reminderOn,
        ActorRef startedBy,
        Instant startedAt)
        implements HandlingEvent {}
