package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
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
        Instant registeredAt)
        implements ClueEvent {}
