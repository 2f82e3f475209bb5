package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

@Revision("1")
public record DepartmentAskedAgain(
        TopicId topicId, HandlingId handlingId, String note, ActorRef askedBy, Instant askedAt) implements TopicEvent {}
