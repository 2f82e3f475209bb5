package org.tongxin.engine.clue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class Clue {

    @AggregateIdentifier
    private ClueId id;

    private ClueStatus status;

    protected Clue() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Clue(RegisterClue command, Clock clock) {
        if (isBlank(command.title()) || isBlank(command.content())) {
            throw new RuleViolation(ClueRule.TITLE_AND_CONTENT_REQUIRED);
        }
        if (command.title().length() > ClueLimits.TITLE_MAX || command.content().length() > ClueLimits.CONTENT_MAX) {
            throw new RuleViolation(ClueRule.TOO_LONG);
        }
        apply(new ClueRegistered(
                command.clueId(),
                command.trackingCode(),
                command.title().strip(),
                command.content().strip(),
                command.source(),
                command.location(),
                command.submitter() == null ? Submitter.anonymous() : command.submitter(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ClassifyClue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        ClueStatus next = ClueStatus.afterClassification(command.route());
        if (!status.canMoveTo(next)) {
            throw new RuleViolation(ClueRule.NOT_REGISTERED, "the clue is " + status);
        }
        if (isBlank(command.category())) {
            throw new RuleViolation(ClueRule.CATEGORY_REQUIRED);
        }
        if (command.route() == ClueRoute.DECLINE
                && (command.declineGround() == null || isBlank(command.redirectedTo()))) {
            throw new RuleViolation(ClueRule.DECLINE_NEEDS_GROUND);
        }
        if (command.route() == ClueRoute.MERGE
                && (command.mergeInto() == null || command.mergeInto().equals(id))) {
            throw new RuleViolation(ClueRule.MERGE_NEEDS_OTHER_CLUE);
        }
        apply(new ClueClassified(
                id,
                command.category().strip(),
                command.street(),
                command.route(),
                command.route() == ClueRoute.DECLINE ? command.declineGround() : null,
                command.route() == ClueRoute.DECLINE ? command.redirectedTo() : null,
                command.route() == ClueRoute.MERGE ? command.mergeInto() : null,
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(ClueRegistered event) {
        id = event.clueId();
        status = ClueStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(ClueClassified event) {
        status = ClueStatus.afterClassification(event.route());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
