package org.tongxin.engine.clue;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Puts a clue into the clue pool. The tracking code is chosen (and kept unique) by the caller. {@code onBehalf} is set
 * when the office enters a clue for someone else ({@code by} is then the staff member who entered it), with an
 * optional {@code categoryHint} for the classification; both are null for a clue its author submitted.
 */
public record RegisterClue(
        @TargetAggregateIdentifier ClueId clueId,
        String trackingCode,
        String title,
        String content,
        ClueSource source,
        Location location,
        Attribution attribution,
        Submitter submitter,
        ActorRef by,
        OnBehalf onBehalf,
        String categoryHint)
        implements ClueCommand {

    /** A clue its author submitted: nobody's behalf, no hint. */
    public RegisterClue(
            ClueId clueId,
            String trackingCode,
            String title,
            String content,
            ClueSource source,
            Location location,
            Attribution attribution,
            Submitter submitter,
            ActorRef by) {
        this(clueId, trackingCode, title, content, source, location, attribution, submitter, by, null, null);
    }
}
