package org.tongxin.engine.supervision;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record SupervisionTeamFormed(
        SupervisionId supervisionId,
        List<String> members,
        List<String> staff,
        boolean governmentInspectionOffice,
        ActorRef formedBy,
        Instant formedAt)
        implements SupervisionEvent {

    public SupervisionTeamFormed {
        members = List.copyOf(members);
        staff = List.copyOf(staff);
    }
}
