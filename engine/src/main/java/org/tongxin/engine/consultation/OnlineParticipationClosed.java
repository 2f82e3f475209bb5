package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record OnlineParticipationClosed(TopicId topicId, int opinions, ActorRef closedBy, Instant closedAt)
        implements TopicEvent {}
