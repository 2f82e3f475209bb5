package org.tongxin.engine.design;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * A designer deployed a draft as {@code version} of the process, replacing {@code previousVersion} for new cases;
 * the counts say how many flow elements the new version added, removed and changed.
 */
public record RecordDeployment(
        @TargetAggregateIdentifier ProcessKey processKey,
        int version,
        int previousVersion,
        String draftTitle,
        int added,
        int removed,
        int changed,
        ActorRef by)
        implements ProcessDesignCommand {}
