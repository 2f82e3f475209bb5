package org.tongxin.engine.handling;

import java.time.Period;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** The department asks the office for more time to reply (延期). */
public record RequestExtension(
        @TargetAggregateIdentifier HandlingId handlingId, Period extension, String reason, ActorRef by)
        implements HandlingCommand {}
