package org.tongxin.engine.supervision;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

@Revision("1")
public record SupervisionEntryRegistered(
        SupervisionId supervisionId,
        String subject,
        String description,
        SupervisionType type,
        int planYear,
        List<DepartmentCode> departments,
        List<SupervisionSource> sources,
        ActorRef registeredBy,
        Instant registeredAt)
        implements SupervisionEvent {

    public SupervisionEntryRegistered {
        departments = List.copyOf(departments);
        sources = List.copyOf(sources);
    }
}
