package org.tongxin.engine.bulletin;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record BulletinPublished(
        BulletinId bulletinId,
        List<Recipient> recipients,
        List<String> reports,
        ActorRef publishedBy,
        Instant publishedAt)
        implements BulletinEvent {}
