package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ClueClassified(
        ClueId clueId,
        String category,
        String street,
        ClueRoute route,
        DeclineGround declineGround,
        String redirectedTo,
        ClueId mergeInto,
        ActorRef classifiedBy,
        Instant classifiedAt)
        implements ClueEvent {}
