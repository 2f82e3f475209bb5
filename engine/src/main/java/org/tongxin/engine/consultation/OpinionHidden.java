package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionHidden(TopicId topicId, int opinion, String reason, ActorRef hiddenBy, Instant hiddenAt)
        implements TopicEvent {}
