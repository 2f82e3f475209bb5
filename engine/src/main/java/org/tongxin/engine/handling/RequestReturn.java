package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;

/** The department says the item is not its own (退回); {@code suggestedDepartment} may be null. */
public record RequestReturn(
        @TargetAggregateIdentifier HandlingId handlingId,
        String reason,
        DepartmentCode suggestedDepartment,
        ActorRef by)
        implements HandlingCommand {}
