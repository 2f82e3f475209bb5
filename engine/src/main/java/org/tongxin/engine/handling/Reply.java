package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.OutcomeClass;

/** The department's written reply to the proposer (答复), with the outcome class. */
public record Reply(@TargetAggregateIdentifier HandlingId handlingId, OutcomeClass outcome, String text, ActorRef by)
        implements HandlingCommand {}
