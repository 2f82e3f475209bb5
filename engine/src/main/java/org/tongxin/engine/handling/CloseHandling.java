package org.tongxin.engine.handling;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.HandlingId;

/** Ends the handling (办结) once its reply and evaluation are settled. */
public record CloseHandling(@TargetAggregateIdentifier HandlingId handlingId, ActorRef by) implements HandlingCommand {}
