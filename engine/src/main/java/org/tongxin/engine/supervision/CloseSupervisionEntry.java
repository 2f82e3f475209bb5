package org.tongxin.engine.supervision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** Closes the entry with its result (监督成果), which goes back to every source. */
public record CloseSupervisionEntry(@TargetAggregateIdentifier SupervisionId supervisionId, String result, ActorRef by)
        implements SupervisionCommand {}
