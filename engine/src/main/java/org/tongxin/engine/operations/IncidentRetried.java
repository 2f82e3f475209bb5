package org.tongxin.engine.operations;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record IncidentRetried(
        ProcessLogId processLogId,
        String caseKey,
        String caseTitle,
        String activity,
        String error,
        ActorRef retriedBy,
        Instant retriedAt)
        implements ProcessLogEvent {}
