package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;

/**
 * Personal data: the {@code giver}'s name and phone are shown to staff only, never on the public page. Revision 2
 * holds them as a {@link Submitter}, which the store seals under a key of its own like a clue's submitter, so that
 * erasing them ({@link OpinionGiverErased}) leaves the event as it is; revision 1 held {@code name}, {@code phone}
 * and {@code consented} in clear beside the text.
 */
@Revision("2")
public record OpinionSubmitted(
        TopicId topicId,
        int number,
        String trackingCode,
        String text,
        Submitter giver,
        ActorRef submittedBy,
        Instant submittedAt)
        implements TopicEvent {

    public OpinionSubmitted(
            TopicId topicId,
            int number,
            String trackingCode,
            String text,
            String name,
            String phone,
            boolean consented,
            ActorRef submittedBy,
            Instant submittedAt) {
        this(topicId, number, trackingCode, text, new Submitter(name, phone, consented), submittedBy, submittedAt);
    }
}
