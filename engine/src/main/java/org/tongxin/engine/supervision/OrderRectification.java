package org.tongxin.engine.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Sends finding {@code findingNo} to its department for rectification (整改). */
public record OrderRectification(@TargetAggregateIdentifier SupervisionId supervisionId, int findingNo, ActorRef by)
        implements SupervisionCommand {}
