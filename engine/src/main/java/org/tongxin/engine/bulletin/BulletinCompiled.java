package org.tongxin.engine.bulletin;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/** {@code reports}: report ids in print order. */
@Revision("1")
public record BulletinCompiled(
        BulletinId bulletinId,
        int year,
        int number,
        String label,
        String editorNote,
        List<String> reports,
        ActorRef compiledBy,
        Instant compiledAt)
        implements BulletinEvent {}
