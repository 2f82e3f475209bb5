package org.tongxin.engine.supervision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/**
 * A committee member as special supervisor (特约监督员): every appointment they held (the registry's history) and the
 * findings they recorded at the departments they supervise.
 */
@AggregateRoot
class SpecialSupervisor {

    @AggregateIdentifier
    private SpecialSupervisorId id;

    private final List<Term> terms = new ArrayList<>();
    private int findings;

    /** One appointment; {@code last} is the term's end or the day it was ended early. */
    private record Term(DepartmentCode department, LocalDate first, LocalDate last) {

        boolean covers(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }

        boolean overlaps(LocalDate from, LocalDate to) {
            return !to.isBefore(first) && !from.isAfter(last);
        }
    }

    protected SpecialSupervisor() {
        // for Axon's event sourcing
    }

    /** The first appointment creates the member's record; later ones add to its history. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppointSpecialSupervisor command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (command.department() == null || command.termStart() == null || command.termEnd() == null) {
            throw new RuleViolation(SpecialSupervisorRule.TERM_INCOMPLETE);
        }
        if (!command.termEnd().isAfter(command.termStart())) {
            throw new RuleViolation(SpecialSupervisorRule.TERM_ENDS_BEFORE_START);
        }
        if (terms.stream()
                .anyMatch(t -> t.department().equals(command.department())
                        && t.overlaps(command.termStart(), command.termEnd()))) {
            throw new RuleViolation(SpecialSupervisorRule.OVERLAPPING_TERM, command.department() + "");
        }
        apply(new SpecialSupervisorAppointed(
                command.supervisorId(),
                command.department(),
                command.termStart(),
                command.termEnd(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(EndSpecialSupervisorTerm command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        LocalDate endedOn = command.endedOn() == null ? LocalDate.now(clock) : command.endedOn();
        if (command.department() == null || current(command.department(), endedOn) == null) {
            throw new RuleViolation(SpecialSupervisorRule.NO_CURRENT_TERM, command.department() + "");
        }
        // the registry keeps why an appointment ended early: it is part of the history the office answers for
        if (isBlank(command.reason()) || command.reason().strip().length() > SupervisionLimits.END_REASON_MAX) {
            throw new RuleViolation(SpecialSupervisorRule.END_REASON_REQUIRED);
        }
        apply(new SpecialSupervisorTermEnded(
                id, command.department(), endedOn, command.reason().strip(), command.by(), clock.instant()));
    }

    /** Create-if-missing only so that a member never appointed is refused by rule, not as an unknown aggregate. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSupervisorFinding command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.MEMBER, Role.STAFF);
        if (command.by().role() == Role.MEMBER
                && !command.by().userId().equals(command.supervisorId().value())) {
            throw new RuleViolation(SpecialSupervisorRule.NOT_THE_SUPERVISOR);
        }
        if (isBlank(command.subject())
                || isBlank(command.text())
                || command.subject().strip().length() > SupervisionLimits.SUBJECT_MAX
                || command.text().strip().length() > SupervisionLimits.TEXT_MAX) {
            throw new RuleViolation(SpecialSupervisorRule.FINDING_TEXT_REQUIRED);
        }
        if (command.route() == null) {
            throw new RuleViolation(SpecialSupervisorRule.ROUTE_REQUIRED);
        }
        LocalDate observedOn = command.observedOn() == null ? LocalDate.now(clock) : command.observedOn();
        if (id == null || command.department() == null || current(command.department(), observedOn) == null) {
            throw new RuleViolation(SpecialSupervisorRule.NOT_APPOINTED, command.department() + " on " + observedOn);
        }
        apply(new SupervisorFindingRecorded(
                id,
                findings + 1,
                command.department(),
                command.subject().strip(),
                command.text().strip(),
                observedOn,
                command.route(),
                command.by(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(SpecialSupervisorAppointed event) {
        id = event.supervisorId();
        terms.add(new Term(event.department(), event.termStart(), event.termEnd()));
    }

    @EventSourcingHandler
    void on(SpecialSupervisorTermEnded event) {
        Term term = current(event.department(), event.endedOn());
        if (term != null) {
            terms.set(terms.indexOf(term), new Term(term.department(), term.first(), event.endedOn()));
        }
    }

    @EventSourcingHandler
    void on(SupervisorFindingRecorded event) {
        findings = event.n();
    }

    private Term current(DepartmentCode department, LocalDate day) {
        return terms.stream()
                .filter(t -> t.department().equals(department) && t.covers(day))
                .findFirst()
                .orElse(null);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
