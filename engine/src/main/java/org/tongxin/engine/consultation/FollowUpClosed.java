package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code allAnswered}: closed by the last answer; otherwise the office closed it with {@code reason}. */
@Revision("1")
public record FollowUpClosed(
        TopicId topicId, boolean allAnswered, int unanswered, String reason, ActorRef closedBy, Instant closedAt)
        implements TopicEvent {}
