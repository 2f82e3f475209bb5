package org.tongxin.engine.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The team's verification (验收) of an answered rectification item; not accepting it needs an opinion. */
public record VerifyRectification(
        @TargetAggregateIdentifier SupervisionId supervisionId,
        HandlingId handlingId,
        boolean accepted,
        String opinion,
        ActorRef by)
        implements SupervisionCommand {}
