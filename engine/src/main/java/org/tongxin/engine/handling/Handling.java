package org.tongxin.engine.handling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.calendar.DeadlineClock;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

@AggregateRoot
class Handling {

    @AggregateIdentifier
    private HandlingId id;

    private String proposalId;
    private DepartmentCode department;
    private HandlingRole role;
    private String leadHandlingId;
    private LocalDate assignedOn;
    private List<String> evaluators;
    private boolean keyProposal;
    private HandlingStatus status;

    /** Where a return request came from, so an upheld assignment goes back there. */
    private HandlingStatus statusBeforeReturn;

    private LocalDate returnWindowEnds;
    private boolean returnRequested;
    private LocalDate returnRequestedOn;
    /** Every clock moved by these working days; an extension, counted from the assignment, must move by them too. */
    private int workingDaysPaused;

    private DeadlineClock contactClock;
    /** Co-handlers only. */
    private DeadlineClock opinionClock;
    /** Lead and separate handlings only; replaced by each extension and each re-handle. */
    private DeadlineClock replyClock;

    private Period approvedExtension = Period.ZERO;
    private Period pendingExtension;
    private Set<DepartmentCode> opinionsReceivedFrom = new HashSet<>();

    private int round;
    /** Timer work is keyed by the due date it was done for, so a moved due date gets its own reminder and mark. */
    private LocalDate overdueMarkedFor;

    private LocalDate reminderSentFor;

    private OutcomeClass outcome;
    private LocalDate evaluationWindowEnds;
    private Map<String, Evaluation> evaluations = new LinkedHashMap<>();
    private List<String> notEvaluated = List.of();
    private boolean escalated;

    protected Handling() {
        // for Axon's event sourcing
    }

    /** Create-if-missing so that a retried assignment finds the handling it opened and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenHandling command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (isBlank(command.proposalId())
                || command.department() == null
                || command.role() == null
                || command.assignedOn() == null) {
            throw new RuleViolation(HandlingRule.ASSIGNMENT_INCOMPLETE);
        }
        boolean co = command.role() == HandlingRole.CO;
        String lead = isBlank(command.leadHandlingId()) ? null : command.leadHandlingId();
        if (co == (lead == null) || command.handlingId().value().equals(lead)) {
            throw new RuleViolation(HandlingRule.LEAD_REFERENCE);
        }
        List<String> distinctEvaluators = distinctEvaluators(command.evaluators());
        if (id != null) {
            if (sameAssignment(command, lead, distinctEvaluators)) {
                return;
            }
            throw new RuleViolation(
                    HandlingRule.ALREADY_OPENED, "handling " + id + " is open for " + department + " as " + role);
        }
        LocalDate assigned = command.assignedOn();
        LocalDate replyDue = co ? null : policy.replyDue(assigned, command.keyProposal(), calendar);
        apply(new HandlingOpened(
                command.handlingId(),
                command.proposalId(),
                command.department(),
                command.role(),
                lead,
                assigned,
                distinctEvaluators,
                command.keyProposal(),
                policy.returnWindowEnds(assigned, calendar),
                policy.preHandlingContactDue(assigned, calendar),
                co ? policy.coHandlerOpinionDue(assigned, calendar) : null,
                replyDue,
                co ? null : policy.reminderOn(replyDue),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ReceiveHandling command, Clock clock) {
        if (command.by().hasRole(Role.SYSTEM)) {
            // Past the return window the assignment stands: the process deems the item received.
            if (status != HandlingStatus.ASSIGNED) {
                return;
            }
            if (!today(clock).isAfter(returnWindowEnds)) {
                throw new RuleViolation(
                        HandlingRule.NOT_DEEMED_RECEIVED_YET, "the return window ends on " + returnWindowEnds);
            }
        } else {
            requireOfficer(command.by());
        }
        requireMove(HandlingStatus.IN_PROGRESS, HandlingRule.ALREADY_RECEIVED);
        apply(new HandlingReceived(id, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RequestReturn command, Clock clock) {
        requireOfficer(command.by());
        requireMove(HandlingStatus.RETURN_REQUESTED, HandlingRule.ALREADY_REPLIED);
        if (returnRequested) {
            throw new RuleViolation(HandlingRule.RETURN_ALREADY_REQUESTED);
        }
        LocalDate today = today(clock);
        if (today.isAfter(returnWindowEnds)) {
            throw new RuleViolation(
                    HandlingRule.RETURN_WINDOW_CLOSED, "the return window ended on " + returnWindowEnds);
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(HandlingRule.RETURN_REASON_REQUIRED);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        apply(new ReturnRequested(
                id, command.reason().strip(), command.suggestedDepartment(), today, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(UpholdAssignment command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingReturn();
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        LocalDate today = today(clock);
        LocalDate replyDue = resumedDue(replyClock, today, calendar);
        apply(new ReturnRejected(
                id,
                command.note(),
                today,
                calendar.workingDaysBetween(returnRequestedOn, today),
                resumedDue(contactClock, today, calendar),
                resumedDue(opinionClock, today, calendar),
                replyDue,
                replyDue == null ? null : policy.reminderOn(replyDue),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ReassignHandling command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingReturn();
        if (command.newDepartment() == null || command.newDepartment().equals(department)) {
            throw new RuleViolation(HandlingRule.OTHER_DEPARTMENT_REQUIRED);
        }
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        apply(new HandlingReassigned(
                id,
                proposalId,
                role,
                department,
                command.newDepartment(),
                command.note(),
                command.by(),
                clock.instant()));
    }

    /** A correction reuses the reassignment's event: every reader already knows what it means for the handling. */
    @CommandHandler
    void handle(CorrectAssignment command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (!status.canMoveTo(HandlingStatus.RETURNED) || status == HandlingStatus.RETURN_REQUESTED) {
            throw refusal(HandlingRule.CORRECTION_AFTER_REPLY);
        }
        if (command.newDepartment() == null || command.newDepartment().equals(department)) {
            throw new RuleViolation(HandlingRule.OTHER_DEPARTMENT_REQUIRED);
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolation(HandlingRule.CORRECTION_REASON_REQUIRED);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        apply(new HandlingReassigned(
                id,
                proposalId,
                role,
                department,
                command.newDepartment(),
                command.reason().strip(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(LogPreHandlingContact command, Clock clock) {
        requireOfficer(command.by());
        requireStatus(HandlingRule.ALREADY_REPLIED, HandlingStatus.IN_PROGRESS);
        if (command.contactedOn() == null || command.method() == null) {
            throw new RuleViolation(HandlingRule.CONTACT_INCOMPLETE);
        }
        LocalDate today = today(clock);
        if (command.contactedOn().isBefore(assignedOn) || command.contactedOn().isAfter(today)) {
            throw new RuleViolation(
                    HandlingRule.CONTACT_DAY_OUT_OF_RANGE,
                    command.contactedOn() + " is not between " + assignedOn + " and " + today);
        }
        requireLength(command.notes(), HandlingLimits.NOTE_MAX);
        apply(new PreHandlingContactLogged(
                id,
                command.contactedOn(),
                command.method(),
                command.notes(),
                contactClock.dueDate(),
                command.contactedOn().isAfter(contactClock.dueDate()),
                command.by(),
                clock.instant()));
    }

    /** The opinion is the co-handler's whole part, so the same command closes its handling. */
    @CommandHandler
    void handle(SendCoHandlerOpinion command, Clock clock) {
        requireOfficer(command.by());
        if (role != HandlingRole.CO) {
            throw new RuleViolation(HandlingRule.NOT_A_CO_HANDLING, "this handling is " + role);
        }
        requireMove(HandlingStatus.CLOSED, HandlingRule.NOT_RECEIVED);
        if (isBlank(command.opinion())) {
            throw new RuleViolation(HandlingRule.OPINION_REQUIRED);
        }
        requireLength(command.opinion(), HandlingLimits.TEXT_MAX);
        LocalDate today = today(clock);
        apply(new CoHandlerOpinionSent(
                id,
                leadHandlingId,
                department,
                command.opinion().strip(),
                today,
                opinionClock.dueDate(),
                opinionClock.isOverdue(today),
                command.by(),
                clock.instant()));
        apply(closed(command.by(), clock));
    }

    @CommandHandler
    void handle(ReceiveCoHandlerOpinion command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        if (role != HandlingRole.LEAD) {
            throw new RuleViolation(HandlingRule.NOT_A_LEAD_HANDLING, "this handling is " + role);
        }
        if (command.fromDepartment() == null || isBlank(command.opinion())) {
            throw new RuleViolation(HandlingRule.OPINION_REQUIRED);
        }
        requireLength(command.opinion(), HandlingLimits.TEXT_MAX);
        if (opinionsReceivedFrom.contains(command.fromDepartment())) {
            return;
        }
        if (status.ended()) {
            throw new RuleViolation(HandlingRule.HANDLING_ENDED, "the handling is " + status);
        }
        apply(new CoHandlerOpinionReceived(
                id, command.fromDepartment(), command.opinion().strip(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RequestExtension command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        requireOfficer(command.by());
        requireReplyingRole();
        if (status == HandlingStatus.REHANDLING) {
            throw new RuleViolation(HandlingRule.NO_EXTENSION_WHEN_REHANDLING);
        }
        requireStatus(HandlingRule.ALREADY_REPLIED, HandlingStatus.IN_PROGRESS);
        if (pendingExtension != null) {
            throw new RuleViolation(HandlingRule.EXTENSION_PENDING, pendingExtension + " is waiting for the office");
        }
        Period extension = command.extension();
        if (extension == null || extension.isZero() || extension.isNegative() || isBlank(command.reason())) {
            throw new RuleViolation(HandlingRule.EXTENSION_INVALID);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        // Refused here already: the office could not approve it either.
        extendedReplyDue(approvedExtension.plus(extension), policy, calendar);
        apply(new ExtensionRequested(
                id, extension, command.reason().strip(), replyClock.dueDate(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveExtension command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingExtension();
        Period total = approvedExtension.plus(pendingExtension);
        LocalDate due = extendedReplyDue(total, policy, calendar);
        apply(new ExtensionApproved(
                id, pendingExtension, total, due, policy.reminderOn(due), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(RejectExtension command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingExtension();
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        apply(new ExtensionRejected(
                id, pendingExtension, command.note(), replyClock.dueDate(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(Reply command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        requireOfficer(command.by());
        requireReplyingRole();
        requireMove(HandlingStatus.REPLIED, HandlingRule.ALREADY_REPLIED);
        if (command.outcome() == null || isBlank(command.text())) {
            throw new RuleViolation(HandlingRule.REPLY_INCOMPLETE);
        }
        requireLength(command.text(), HandlingLimits.TEXT_MAX);
        LocalDate today = today(clock);
        apply(new HandlingReplied(
                id,
                round,
                command.outcome(),
                command.text().strip(),
                today,
                replyClock.dueDate(),
                replyClock.isOverdue(today),
                policy.evaluationWindowEnds(today, calendar),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(MarkOverdue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        requireReplyingRole();
        if (replyClock.dueDate().equals(overdueMarkedFor)) {
            return;
        }
        requireStatus(
                HandlingRule.ALREADY_REPLIED,
                HandlingStatus.ASSIGNED,
                HandlingStatus.IN_PROGRESS,
                HandlingStatus.REHANDLING);
        if (!replyClock.isOverdue(today(clock))) {
            throw new RuleViolation(HandlingRule.NOT_YET_OVERDUE, "the reply is due on " + replyClock.dueDate());
        }
        apply(new HandlingOverdue(id, round, replyClock.dueDate(), command.by(), clock.instant()));
    }

    /** The office or the supervising leader chases an overdue reply (督办); each follow-up is kept. */
    @CommandHandler
    void handle(FollowUpOverdue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireReplyingRole();
        if (overdueMarkedFor == null || !overdueMarkedFor.equals(replyClock.dueDate())) {
            throw new RuleViolation(HandlingRule.NOT_OVERDUE, "the reply is due on " + replyClock.dueDate());
        }
        requireStatus(
                HandlingRule.ALREADY_REPLIED,
                HandlingStatus.ASSIGNED,
                HandlingStatus.IN_PROGRESS,
                HandlingStatus.REHANDLING);
        if (command.note() == null || command.note().isBlank()) {
            throw new RuleViolation(HandlingRule.FOLLOW_UP_NOTE_REQUIRED);
        }
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        apply(new OverdueFollowedUp(id, round, command.note().strip(), command.by(), clock.instant()));
    }

    /** Sent when the timer says so: the timer owns the day, and an early reminder does no harm. */
    @CommandHandler
    void handle(SendReplyReminder command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        requireReplyingRole();
        if (replyClock.dueDate().equals(reminderSentFor)) {
            return;
        }
        requireStatus(
                HandlingRule.ALREADY_REPLIED,
                HandlingStatus.ASSIGNED,
                HandlingStatus.IN_PROGRESS,
                HandlingStatus.REHANDLING);
        apply(new ReplyReminderSent(id, round, replyClock.dueDate(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(Evaluate command, Clock clock) {
        String evaluator = command.by().userId();
        if (!evaluators.contains(evaluator)) {
            throw new RuleViolation(HandlingRule.NOT_AN_EVALUATOR, evaluator + " is not an evaluator");
        }
        requireReplyingRole();
        if (evaluations.containsKey(evaluator)) {
            throw new RuleViolation(HandlingRule.ALREADY_EVALUATED);
        }
        LocalDate today = today(clock);
        HandlingRule refusal =
                switch (status) {
                    case REPLIED -> today.isAfter(evaluationWindowEnds) ? HandlingRule.EVALUATION_WINDOW_ENDED : null;
                    case EVALUATED, ESCALATED -> HandlingRule.EVALUATION_WINDOW_ENDED;
                    case RETURNED, CLOSED -> HandlingRule.HANDLING_ENDED;
                    default -> HandlingRule.NOT_REPLIED;
                };
        if (refusal != null) {
            throw new RuleViolation(refusal, "the handling is " + status + ", evaluation ends " + evaluationWindowEnds);
        }
        if (command.handlingWork() == null || command.result() == null) {
            throw new RuleViolation(HandlingRule.EVALUATION_INCOMPLETE);
        }
        requireLength(command.comment(), HandlingLimits.NOTE_MAX);
        apply(new EvaluationGiven(
                id,
                round,
                command.handlingWork(),
                command.result(),
                command.comment(),
                evaluations.size() + 1 == evaluators.size(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(CloseEvaluationWindow command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        requireReplyingRole();
        if (evaluationSettled()) {
            return;
        }
        requireStatus(HandlingRule.NOT_REPLIED, HandlingStatus.REPLIED);
        if (!today(clock).isAfter(evaluationWindowEnds)) {
            throw new RuleViolation(
                    HandlingRule.EVALUATION_WINDOW_OPEN, "evaluators have until " + evaluationWindowEnds);
        }
        List<String> missing = new ArrayList<>(evaluators);
        missing.removeAll(evaluations.keySet());
        apply(new EvaluationWindowClosed(id, round, evaluationWindowEnds, missing, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(Rehandle command, Clock clock, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        requireReplyingRole();
        if (status == HandlingStatus.REHANDLING) {
            return;
        }
        requireSettledEvaluation();
        if (!roundUnsatisfied()) {
            throw new RuleViolation(HandlingRule.NOT_UNSATISFIED);
        }
        if (!policy.mayRehandle(round - 1)) {
            throw new RuleViolation(
                    HandlingRule.REHANDLE_LIMIT_REACHED, "re-handled " + (round - 1) + " time(s) already");
        }
        requireMove(HandlingStatus.REHANDLING, HandlingRule.REHANDLE_LIMIT_REACHED);
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        LocalDate today = today(clock);
        LocalDate due = policy.rehandleReplyDue(today, calendar);
        apply(new RehandleStarted(
                id, round + 1, command.note(), today, due, policy.reminderOn(due), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(EscalateToSupervision command, Clock clock, DeadlinePolicy policy) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        requireReplyingRole();
        if (escalated) {
            return;
        }
        requireSettledEvaluation();
        if (!roundUnsatisfied()) {
            throw new RuleViolation(HandlingRule.NOT_UNSATISFIED);
        }
        if (policy.mayRehandle(round - 1)) {
            throw new RuleViolation(HandlingRule.REHANDLE_LEFT);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        apply(new EscalatedToSupervision(id, proposalId, round, command.reason(), command.by(), clock.instant()));
    }

    /**
     * Closes a lead or separate handling whose last round is settled: replied, every evaluator evaluated or the window
     * closed, and, when someone was unsatisfied, escalated (which needs every re-handle used). A co-handler's handling
     * closes with its opinion; here it is only acknowledged.
     */
    @CommandHandler
    void handle(CloseHandling command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (status == HandlingStatus.CLOSED) {
            return;
        }
        if (role == HandlingRole.CO) {
            throw refusal(HandlingRule.NOT_REPLIED);
        }
        requireSettledEvaluation();
        if (roundUnsatisfied() && !escalated) {
            throw new RuleViolation(HandlingRule.UNSATISFIED_UNRESOLVED);
        }
        requireMove(HandlingStatus.CLOSED, HandlingRule.UNSATISFIED_UNRESOLVED);
        apply(closed(command.by(), clock));
    }

    @EventSourcingHandler
    void on(HandlingOpened event) {
        id = event.handlingId();
        proposalId = event.proposalId();
        department = event.department();
        role = event.role();
        leadHandlingId = event.leadHandlingId();
        assignedOn = event.assignedOn();
        evaluators = event.evaluators();
        keyProposal = event.keyProposal();
        returnWindowEnds = event.returnWindowEnds();
        contactClock = DeadlineClock.dueOn(event.preHandlingContactDue());
        opinionClock = clockOrNull(event.coHandlerOpinionDue());
        replyClock = clockOrNull(event.replyDue());
        round = 1;
        status = HandlingStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(HandlingReceived event) {
        status = HandlingStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ReturnRequested event) {
        statusBeforeReturn = status;
        status = HandlingStatus.RETURN_REQUESTED;
        returnRequested = true;
        returnRequestedOn = event.requestedOn();
        contactClock = contactClock.pause(event.requestedOn());
        opinionClock = opinionClock == null ? null : opinionClock.pause(event.requestedOn());
        replyClock = replyClock == null ? null : replyClock.pause(event.requestedOn());
    }

    @EventSourcingHandler
    void on(ReturnRejected event) {
        status = statusBeforeReturn;
        statusBeforeReturn = null;
        workingDaysPaused += event.workingDaysPaused();
        contactClock = DeadlineClock.dueOn(event.preHandlingContactDue());
        opinionClock = clockOrNull(event.coHandlerOpinionDue());
        replyClock = clockOrNull(event.replyDue());
    }

    @EventSourcingHandler
    void on(HandlingReassigned event) {
        status = HandlingStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(CoHandlerOpinionReceived event) {
        opinionsReceivedFrom.add(event.fromDepartment());
    }

    @EventSourcingHandler
    void on(ExtensionRequested event) {
        pendingExtension = event.extension();
    }

    @EventSourcingHandler
    void on(ExtensionApproved event) {
        approvedExtension = event.totalExtension();
        pendingExtension = null;
        replyClock = DeadlineClock.dueOn(event.replyDue());
    }

    @EventSourcingHandler
    void on(ExtensionRejected event) {
        pendingExtension = null;
    }

    @EventSourcingHandler
    void on(HandlingReplied event) {
        status = HandlingStatus.REPLIED;
        outcome = event.outcome();
        evaluationWindowEnds = event.evaluationWindowEnds();
        // Once replied, there is nothing left to extend.
        pendingExtension = null;
    }

    @EventSourcingHandler
    void on(HandlingOverdue event) {
        overdueMarkedFor = event.replyDue();
    }

    @EventSourcingHandler
    void on(ReplyReminderSent event) {
        reminderSentFor = event.replyDue();
    }

    @EventSourcingHandler
    void on(EvaluationGiven event) {
        String evaluator = event.evaluatedBy().userId();
        evaluations.put(evaluator, new Evaluation(evaluator, event.handlingWork(), event.result()));
        if (event.evaluationSettled()) {
            status = HandlingStatus.EVALUATED;
        }
    }

    @EventSourcingHandler
    void on(EvaluationWindowClosed event) {
        notEvaluated = event.notEvaluated();
        status = HandlingStatus.EVALUATED;
    }

    @EventSourcingHandler
    void on(RehandleStarted event) {
        round = event.round();
        status = HandlingStatus.REHANDLING;
        replyClock = DeadlineClock.dueOn(event.replyDue());
        overdueMarkedFor = null;
        reminderSentFor = null;
        outcome = null;
        evaluationWindowEnds = null;
        evaluations = new LinkedHashMap<>();
        notEvaluated = List.of();
    }

    @EventSourcingHandler
    void on(EscalatedToSupervision event) {
        escalated = true;
        status = HandlingStatus.ESCALATED;
    }

    @EventSourcingHandler
    void on(HandlingClosed event) {
        status = HandlingStatus.CLOSED;
    }

    private HandlingClosed closed(ActorRef by, Clock clock) {
        return new HandlingClosed(
                id,
                proposalId,
                role,
                round,
                outcome,
                List.copyOf(evaluations.values()),
                notEvaluated,
                escalated,
                by,
                clock.instant());
    }

    /** Only the assigned department's own officers act for it, whatever the UI shows them. */
    private void requireOfficer(ActorRef by) {
        if (!by.hasRole(Role.DEPT_OFFICER) || !department.equals(by.department())) {
            throw new RuleViolation(
                    HandlingRule.NOT_DEPARTMENT_OFFICER,
                    by.userId() + " (" + by.role() + ", " + by.department() + ") does not act for " + department);
        }
    }

    private void requireReplyingRole() {
        if (role == HandlingRole.CO) {
            throw new RuleViolation(HandlingRule.CO_HANDLERS_NEVER_REPLY);
        }
    }

    /**
     * Throws unless {@code next} may follow the current status. A pending return blocks every move but the office's
     * decision, which has its own check.
     */
    private void requireMove(HandlingStatus next, HandlingRule otherwise) {
        if (status == HandlingStatus.RETURN_REQUESTED || !status.canMoveTo(next)) {
            throw refusal(otherwise);
        }
    }

    /** For work that leaves the status as it is. */
    private void requireStatus(HandlingRule otherwise, HandlingStatus first, HandlingStatus... rest) {
        if (!EnumSet.of(first, rest).contains(status)) {
            throw refusal(otherwise);
        }
    }

    /** Why the current status refuses a command, the most general reason first. */
    private RuleViolation refusal(HandlingRule otherwise) {
        HandlingRule rule =
                switch (status) {
                    case RETURNED, CLOSED -> HandlingRule.HANDLING_ENDED;
                    case RETURN_REQUESTED -> HandlingRule.RETURN_PENDING;
                    case ASSIGNED -> HandlingRule.NOT_RECEIVED;
                    default -> otherwise;
                };
        return new RuleViolation(rule, "the handling is " + status);
    }

    /** Re-handling, escalating and closing are decided on a whole round: replied, and every evaluation in. */
    private void requireSettledEvaluation() {
        switch (status) {
            case EVALUATED, ESCALATED -> {}
            case REPLIED -> throw new RuleViolation(
                    HandlingRule.EVALUATION_NOT_SETTLED, "evaluators have until " + evaluationWindowEnds);
            default -> throw refusal(HandlingRule.NOT_REPLIED);
        }
    }

    /** For a lead or separate handling: a closed one was settled before it closed. */
    private boolean evaluationSettled() {
        return EnumSet.of(HandlingStatus.EVALUATED, HandlingStatus.ESCALATED, HandlingStatus.CLOSED)
                .contains(status);
    }

    private boolean roundUnsatisfied() {
        return evaluations.values().stream().anyMatch(Evaluation::unsatisfied);
    }

    private void requirePendingReturn() {
        if (status != HandlingStatus.RETURN_REQUESTED) {
            throw new RuleViolation(
                    status.ended() ? HandlingRule.HANDLING_ENDED : HandlingRule.NO_RETURN_PENDING,
                    "the handling is " + status);
        }
    }

    private void requirePendingExtension() {
        if (status != HandlingStatus.IN_PROGRESS || pendingExtension == null) {
            throw refusal(HandlingRule.NO_EXTENSION_PENDING);
        }
    }

    /**
     * The cap bounds the extensions, counted from the assignment; the working days a return request stood still are
     * added on top, as they were to the original due date.
     */
    private LocalDate extendedReplyDue(Period total, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        Optional<LocalDate> due = policy.extendedDue(assignedOn, total, calendar);
        if (due.isEmpty()) {
            throw new RuleViolation(
                    HandlingRule.EXTENSION_BEYOND_CAP, "extensions of " + total + " in all pass the cap");
        }
        return workingDaysPaused == 0 ? due.get() : calendar.addWorkingDays(due.get(), workingDaysPaused);
    }

    private boolean sameAssignment(OpenHandling command, String lead, List<String> distinctEvaluators) {
        return proposalId.equals(command.proposalId())
                && department.equals(command.department())
                && role == command.role()
                && Objects.equals(leadHandlingId, lead)
                && assignedOn.equals(command.assignedOn())
                && evaluators.equals(distinctEvaluators)
                && keyProposal == command.keyProposal();
    }

    private static List<String> distinctEvaluators(List<String> evaluators) {
        if (evaluators == null || evaluators.isEmpty() || evaluators.stream().anyMatch(Handling::isBlank)) {
            throw new RuleViolation(HandlingRule.EVALUATOR_REQUIRED);
        }
        return List.copyOf(new LinkedHashSet<>(evaluators));
    }

    private static LocalDate resumedDue(DeadlineClock clock, LocalDate today, WorkingDayCalendar calendar) {
        return clock == null ? null : clock.resume(today, calendar).dueDate();
    }

    private static DeadlineClock clockOrNull(LocalDate due) {
        return due == null ? null : DeadlineClock.dueOn(due);
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static void requireLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(HandlingRule.TEXT_TOO_LONG, text.length() + " characters, at most " + max);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
