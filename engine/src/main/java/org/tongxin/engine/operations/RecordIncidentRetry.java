package org.tongxin.engine.operations;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * A designer or administrator gave a failed job of a process another try. Sent after the engine accepted the retry,
 * so the record says who retried which case at which step and what the failure was.
 *
 * @param caseKey the business key of the process instance (a clue, proposal or handling id), or null when it has none
 * @param caseTitle the case as people name it ({@code 第2026-0042号 · title}) when the retry was made, for the audit log
 * @param activity the step the job belongs to, as its name reads in the diagram
 * @param error the failure the job had reported, as the engine recorded it
 */
public record RecordIncidentRetry(
        @TargetAggregateIdentifier ProcessLogId processLogId,
        String caseKey,
        String caseTitle,
        String activity,
        String error,
        ActorRef by)
        implements ProcessLogCommand {

    public RecordIncidentRetry {
        Objects.requireNonNull(processLogId, "processLogId");
        Objects.requireNonNull(by, "by");
        caseTitle = caseTitle == null ? "" : caseTitle;
        activity = activity == null ? "" : activity;
        error = error == null ? "" : error;
    }
}
