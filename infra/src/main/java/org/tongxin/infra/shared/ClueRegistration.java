package org.tongxin.infra.shared;

import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.shared.ActorRef;

/**
 * Puts a clue into the pool with its tracking code, in the caller's transaction, for features other than the public
 * intake that raise clues (a workstation visit's problem, for one). The citizens' intake implements it.
 */
public interface ClueRegistration {

    Registered register(NewClue clue, ActorRef by);

    /** A clue to register; a submitter's name or phone comes with their consent. */
    record NewClue(
            String title,
            String content,
            ClueSource source,
            String district,
            String street,
            Attribution attribution,
            String submitterName,
            String submitterPhone,
            boolean consent) {}

    record Registered(String clueId, String trackingCode) {}
}
