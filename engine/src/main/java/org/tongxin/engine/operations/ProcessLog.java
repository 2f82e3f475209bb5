package org.tongxin.engine.operations;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * What was done by hand to one process's running instances. It decides nothing about the cases themselves; it
 * exists so that a retry, like every other act, has an author and a time in the event log.
 */
@AggregateRoot
class ProcessLog {

    /** An error is kept to its first lines: a stack trace would drown the audit log. */
    static final int ERROR_MAX = 500;

    @AggregateIdentifier
    private ProcessLogId id;

    protected ProcessLog() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordIncidentRetry command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        String error = command.error().strip();
        if (error.codePointCount(0, error.length()) > ERROR_MAX) {
            error = error.substring(0, error.offsetByCodePoints(0, ERROR_MAX)) + "…";
        }
        apply(new IncidentRetried(
                command.processLogId(),
                command.caseKey(),
                command.caseTitle(),
                command.activity().strip(),
                error,
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(IncidentRetried event) {
        id = event.processLogId();
    }
}
