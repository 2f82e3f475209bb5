package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;

/**
 * A department's handling of an item of {@code sourceKind} opened, with every due date its rules give. A co-handler
 * never replies, so its {@code replyDue} and {@code reminderOn} are null and its {@code coHandlerOpinionDue} is set;
 * for a lead or separate handling it is the other way round. A lead expects {@code expectedOpinions} co-handlers'
 * opinions and waits for them until {@code opinionsDue} (null when it expects none); a lead opened after a
 * reassignment starts with the opinions its predecessor had received ({@code opinionsReceivedFrom}).
 *
 * <p>Revision 2 replaced {@code proposalId} by the source's kind and id and added the expected opinions and their
 * due date; revision 1 events read as a proposal's handling expecting none.
 */
@Revision("2")
public record HandlingOpened(
        HandlingId handlingId,
        SourceKind sourceKind,
        String sourceId,
        DepartmentCode department,
        HandlingRole role,
        String leadHandlingId,
        LocalDate assignedOn,
        List<String> evaluators,
        boolean keyProposal,
        int expectedOpinions,
        LocalDate returnWindowEnds,
        LocalDate preHandlingContactDue,
        LocalDate coHandlerOpinionDue,
        LocalDate opinionsDue,
        LocalDate replyDue,
        LocalDate reminderOn,
        ActorRef openedBy,
        Instant openedAt,
        List<DepartmentCode> opinionsReceivedFrom)
        implements HandlingEvent {

    public HandlingOpened {
        evaluators = List.copyOf(evaluators);
        opinionsReceivedFrom = opinionsReceivedFrom == null ? List.of() : List.copyOf(opinionsReceivedFrom);
    }

    /** A handling opened with no co-handler's opinion received yet. */
    public HandlingOpened(
            HandlingId handlingId,
            SourceKind sourceKind,
            String sourceId,
            DepartmentCode department,
            HandlingRole role,
            String leadHandlingId,
            LocalDate assignedOn,
            List<String> evaluators,
            boolean keyProposal,
            int expectedOpinions,
            LocalDate returnWindowEnds,
            LocalDate preHandlingContactDue,
            LocalDate coHandlerOpinionDue,
            LocalDate opinionsDue,
            LocalDate replyDue,
            LocalDate reminderOn,
            ActorRef openedBy,
            Instant openedAt) {
        this(
                handlingId,
                sourceKind,
                sourceId,
                department,
                role,
                leadHandlingId,
                assignedOn,
                evaluators,
                keyProposal,
                expectedOpinions,
                returnWindowEnds,
                preHandlingContactDue,
                coHandlerOpinionDue,
                opinionsDue,
                replyDue,
                reminderOn,
                openedBy,
                openedAt,
                List.of());
    }
}
