package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The office refuses the pending extension request; the reply stays due when it was. */
public record RejectExtension(@TargetAggregateIdentifier HandlingId handlingId, String note, ActorRef by)
        implements HandlingCommand {}
