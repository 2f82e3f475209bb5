package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * {@code onBehalf} and {@code categoryHint} were added with the office's intake on behalf: an older event reads with
 * neither (an added field, so no upcaster is needed), as a clue its author submitted. Revision 2 stores the
 * submitter's name and phone sealed under a key of their own, so that erasing them leaves the event as it is.
 */
@Revision("2")
public record ClueRegistered(
        ClueId clueId,
        String trackingCode,
        String title,
        String content,
        ClueSource source,
        Location location,
        Attribution attribution,
        Submitter submitter,
        ActorRef registeredBy,
        Instant registeredAt,
        OnBehalf onBehalf,
        String categoryHint)
        implements ClueEvent {

    public ClueRegistered(
            ClueId clueId,
            String trackingCode,
            String title,
            String content,
            ClueSource source,
            Location location,
            Attribution attribution,
            Submitter submitter,
            ActorRef registeredBy,
            Instant registeredAt) {
        this(
                clueId,
                trackingCode,
                title,
                content,
                source,
                location,
                attribution,
                submitter,
                registeredBy,
                registeredAt,
                null,
                null);
    }
}
