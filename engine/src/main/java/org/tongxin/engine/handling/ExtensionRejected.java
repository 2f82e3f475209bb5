package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** {@code replyDue} is unchanged, stated so the department reads its deadline in the decision. */
@Revision("1")
public record ExtensionRejected(
        HandlingId handlingId,
        Period extension,
        String note,
        LocalDate replyDue,
        ActorRef rejectedBy,
        Instant rejectedAt)
        implements HandlingEvent {}
