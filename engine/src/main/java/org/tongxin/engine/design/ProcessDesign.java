package org.tongxin.engine.design;

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
 * The design record of one process: created by the first deployment or migration a designer makes (the versions the
 * application deployed from its own files are not decisions of anyone's), then one event per later change.
 */
@AggregateRoot
class ProcessDesign {

    @AggregateIdentifier
    private ProcessKey id;

    private int latestVersion;

    protected ProcessDesign() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDeployment command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        if (command.version() <= latestVersion || command.version() <= command.previousVersion()) {
            throw new RuleViolation(ProcessDesignRule.VERSION_NOT_NEWER, "version " + command.version());
        }
        apply(new ProcessVersionDeployed(
                command.processKey(),
                command.version(),
                command.previousVersion(),
                command.draftTitle(),
                command.added(),
                command.removed(),
                command.changed(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMigration command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        if (command.fromVersion() == command.toVersion() || command.migrated() + command.failed() == 0) {
            throw new RuleViolation(ProcessDesignRule.NOTHING_MIGRATED);
        }
        apply(new ProcessInstancesMigrated(
                command.processKey(),
                command.fromVersion(),
                command.toVersion(),
                command.migrated(),
                command.failed(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordRehearsal command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        int cases = command.samePath() + command.wentDifferently() + command.gotStuck();
        if (cases == 0 || command.samePath() < 0 || command.wentDifferently() < 0 || command.gotStuck() < 0) {
            throw new RuleViolation(ProcessDesignRule.NOTHING_REHEARSED);
        }
        apply(new DraftRehearsed(
                command.processKey(),
                command.draftTitle(),
                cases,
                command.samePath(),
                command.wentDifferently(),
                command.gotStuck(),
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ProcessVersionDeployed event) {
        id = event.processKey();
        latestVersion = event.version();
    }

    @EventSourcingHandler
    void on(ProcessInstancesMigrated event) {
        id = event.processKey();
    }

    @EventSourcingHandler
    void on(DraftRehearsed event) {
        id = event.processKey();
    }
}
