package org.tongxin.engine.bulletin;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** An issue goes out to its readers: user ids of leaders and department codes, as the office picked them. */
public record PublishBulletin(@TargetAggregateIdentifier BulletinId bulletinId, List<Recipient> recipients, ActorRef by)
        implements BulletinCommand {

    public PublishBulletin {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
