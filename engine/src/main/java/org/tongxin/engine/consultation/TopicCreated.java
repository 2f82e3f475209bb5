package org.tongxin.engine.consultation;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

@Revision("1")
public record TopicCreated(
        TopicId topicId,
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
        ActorRef createdBy,
        Instant createdAt)
        implements TopicEvent {

    public TopicCreated {
        leadMembers = leadMembers == null ? List.of() : List.copyOf(leadMembers);
        departments = departments == null ? List.of() : List.copyOf(departments);
        sourceClues = sourceClues == null ? List.of() : List.copyOf(sourceClues);
    }
}
