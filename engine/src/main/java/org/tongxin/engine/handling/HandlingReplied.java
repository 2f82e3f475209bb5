package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.OutcomeClass;

/** {@code late} when replied after {@code replyDue}; the evaluators may evaluate until {@code evaluationWindowEnds}. */
@Revision("1")
public record HandlingReplied(
        HandlingId handlingId,
        int round,
        OutcomeClass outcome,
        String text,
        LocalDate repliedOn,
        LocalDate replyDue,
        boolean late,
        LocalDate evaluationWindowEnds,
        ActorRef repliedBy,
        Instant repliedAt)
        implements HandlingEvent {}
