package org.tongxin.engine.design;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A designer rehearsed a draft of the process over recorded cases; the counts are what the rehearsal found. */
public record RecordRehearsal(
        @TargetAggregateIdentifier ProcessKey processKey,
        String draftTitle,
        int samePath,
        int wentDifferently,
        int gotStuck,
        ActorRef by)
        implements ProcessDesignCommand {}
