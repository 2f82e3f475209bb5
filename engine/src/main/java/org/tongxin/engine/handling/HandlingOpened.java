package org.tongxin.engine.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * A department's handling opened, with every due date its rules give. A co-handler never replies, so its
 * {@code replyDue} and {@code reminderOn} are null and its {@code coHandlerOpinionDue} is set; for a lead or separate
 * handling it is the other way round.
 */
@Revision("1")
public record HandlingOpened(
        HandlingId handlingId,
        String proposalId,
        DepartmentCode department,
        HandlingRole role,
        String leadHandlingId,
        LocalDate assignedOn,
        List<String> evaluators,
        boolean keyProposal,
        LocalDate returnWindowEnds,
        LocalDate preHandlingContactDue,
        LocalDate coHandlerOpinionDue,
        LocalDate replyDue,
        LocalDate reminderOn,
        ActorRef openedBy,
        Instant openedAt)
        implements HandlingEvent {

    public HandlingOpened {
        evaluators = List.copyOf(evaluators);
    }
}
