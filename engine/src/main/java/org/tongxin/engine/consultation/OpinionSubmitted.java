package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** Personal data: {@code name} and {@code phone} are shown to staff only, never on the public page. */
@Revision("1")
public record OpinionSubmitted(
        TopicId topicId,
        int number,
        String trackingCode,
        String text,
        String name,
        String phone,
        boolean consented,
        ActorRef submittedBy,
        Instant submittedAt)
        implements TopicEvent {}
