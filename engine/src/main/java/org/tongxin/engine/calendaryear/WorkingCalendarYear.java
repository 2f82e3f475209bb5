package org.tongxin.engine.calendaryear;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.calendar.CalendarEntries;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * The record of one year's holidays and make-up workdays as designers keep it: each save a revision, each
 * confirmation that a revision is the official notice an event, so the audit log says who changed which days when.
 * It begins with the first save; until then the year is the file bundled with the engine (revision 0).
 */
@AggregateRoot
class WorkingCalendarYear {

    @AggregateIdentifier
    private CalendarYearKey key;

    private int revision;
    private boolean confirmed;

    protected WorkingCalendarYear() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReviseCalendarYear command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        if (command.readRevision() != revision) {
            throw new RuleViolation(
                    CalendarRule.REVISED_MEANWHILE, "read revision " + command.readRevision() + ", now " + revision);
        }
        List<CalendarEntries.Problem> problems = CalendarEntries.problems(
                command.key().year(), command.source(), command.holidays(), command.workdays());
        if (!problems.isEmpty()) {
            throw new RuleViolation(CalendarRule.ENTRIES_INVALID, problems.toString());
        }
        apply(new CalendarYearRevised(
                command.key(),
                revision + 1,
                command.source().strip(),
                command.holidays(),
                command.workdays(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ConfirmCalendarYear command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.DESIGNER, Role.ADMIN);
        if (command.readRevision() != revision) {
            throw new RuleViolation(
                    CalendarRule.REVISED_MEANWHILE, "read revision " + command.readRevision() + ", now " + revision);
        }
        if (confirmed) {
            throw new RuleViolation(CalendarRule.NOTHING_TO_CONFIRM, "revision " + revision + " is confirmed");
        }
        apply(new CalendarYearConfirmed(command.key(), revision, command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(CalendarYearRevised event) {
        key = event.key();
        revision = event.revision();
        confirmed = false;
    }

    @EventSourcingHandler
    void on(CalendarYearConfirmed event) {
        confirmed = true;
    }
}
