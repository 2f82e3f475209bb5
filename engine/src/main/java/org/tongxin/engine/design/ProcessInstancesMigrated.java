package org.tongxin.engine.design;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ProcessInstancesMigrated(
        ProcessKey processKey,
        int fromVersion,
        int toVersion,
        int migrated,
        int failed,
        ActorRef migratedBy,
        Instant migratedAt)
        implements ProcessDesignEvent {}
