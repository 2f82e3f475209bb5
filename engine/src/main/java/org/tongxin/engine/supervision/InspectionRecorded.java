package org.tongxin.engine.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * An activity of the team, the {@code n}-th of the entry; its findings are numbered on from {@code firstFindingNo} in
 * their order.
 */
@Revision("1")
public record InspectionRecorded(
        SupervisionId supervisionId,
        int n,
        ActivityKind kind,
        LocalDate heldOn,
        String places,
        String participants,
        List<Finding> findings,
        int firstFindingNo,
        ActorRef recordedBy,
        Instant recordedAt)
        implements SupervisionEvent {

    public InspectionRecorded {
        findings = List.copyOf(findings);
    }
}
