package org.tongxin.engine.consultation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * Creates a topic: by the office from clues routed to a consultation topic ({@code sourceClues}, which are then
 * converted and linked), proposed by members or a workstation, or set by the party committee. {@code leadMembers}
 * are user ids; {@code departments} the departments invited.
 */
public record CreateTopic(
        @TargetAggregateIdentifier TopicId topicId,
        String title,
        String background,
        TopicKind kind,
        TopicOrigin origin,
        String district,
        String street,
        String workstation,
        List<String> leadMembers,
        List<DepartmentCode> departments,
        List<String> sourceClues,
        ActorRef by)
        implements TopicCommand {

    public CreateTopic {
        leadMembers = leadMembers == null ? List.of() : List.copyOf(leadMembers);
        departments = departments == null ? List.of() : List.copyOf(departments);
        sourceClues = sourceClues == null ? List.of() : List.copyOf(sourceClues);
    }
}
