package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record TopicApproved(TopicId topicId, String note, ActorRef approvedBy, Instant approvedAt)
        implements TopicEvent {}
