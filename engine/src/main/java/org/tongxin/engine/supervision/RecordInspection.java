package org.tongxin.engine.supervision;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Records an inspection (视察) or another activity of the team: when, where, who took part and what it found; with
 * {@code rectify} every finding goes to its department for rectification at once.
 */
public record RecordInspection(
        @TargetAggregateIdentifier SupervisionId supervisionId,
        ActivityKind kind,
        LocalDate heldOn,
        String places,
        String participants,
        List<Finding> findings,
        boolean rectify,
        ActorRef by)
        implements SupervisionCommand {

    public RecordInspection {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
