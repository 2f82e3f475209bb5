package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The name and phone of the person who gave opinion {@code opinion} were erased: the key that sealed them is
 * destroyed, so the opinion keeps its text and reads without them from now on. Carries no personal data itself.
 */
@Revision("1")
public record OpinionGiverErased(TopicId topicId, int opinion, String reason, ActorRef erasedBy, Instant erasedAt)
        implements TopicEvent {}
