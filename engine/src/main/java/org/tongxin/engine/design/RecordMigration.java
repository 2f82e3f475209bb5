package org.tongxin.engine.design;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** A designer moved running cases of the process from one version to another; some may have refused to move. */
public record RecordMigration(
        @TargetAggregateIdentifier ProcessKey processKey,
        int fromVersion,
        int toVersion,
        int migrated,
        int failed,
        ActorRef by)
        implements ProcessDesignCommand {}
