package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OpinionPublished(TopicId topicId, int opinion, ActorRef publishedBy, Instant publishedAt)
        implements TopicEvent {}
