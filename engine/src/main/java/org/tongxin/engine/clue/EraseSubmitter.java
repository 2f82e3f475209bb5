package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Erases the personal data of a clue's submitter: on the person's request (the office, with the reason) or when the
 * retention period after the clue closed has passed (the system). The clue itself stays.
 */
public record EraseSubmitter(@TargetAggregateIdentifier ClueId clueId, String reason, ActorRef by)
        implements ClueCommand {}
