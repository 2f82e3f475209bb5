package org.tongxin.engine.design;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ProcessVersionDeployed(
        ProcessKey processKey,
        int version,
        int previousVersion,
        String draftTitle,
        int added,
        int removed,
        int changed,
        ActorRef deployedBy,
        Instant deployedAt)
        implements ProcessDesignEvent {}
