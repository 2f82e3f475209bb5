package org.tongxin.engine.design;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** A designer ran a draft over the last closed cases of the process, and how many kept to their recorded path. */
@Revision("1")
public record DraftRehearsed(
        ProcessKey processKey,
        String draftTitle,
        int cases,
        int samePath,
        int wentDifferently,
        int gotStuck,
        ActorRef rehearsedBy,
        Instant rehearsedAt)
        implements ProcessDesignEvent {}
