package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record ReplyReminderSent(HandlingId handlingId, int round, LocalDate replyDue, ActorRef sentBy, Instant sentAt)
        implements HandlingEvent {}
