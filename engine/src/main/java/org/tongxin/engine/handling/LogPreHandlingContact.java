package org.tongxin.engine.handling;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Records that the department contacted the proposer before replying (办前沟通). */
public record LogPreHandlingContact(
        @TargetAggregateIdentifier HandlingId handlingId,
        LocalDate contactedOn,
        ContactMethod method,
        String notes,
        ActorRef by)
        implements HandlingCommand {}
