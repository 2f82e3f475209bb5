package org.tongxin.engine.handling;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.HandlingKindPolicy;
import org.tongxin.engine.policy.OutcomeScale;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.engine.shared.SourceRef;

/**
 * A department's handling of one item of any kind. What differs by kind (who evaluates, co-handlers, re-handling, the
 * outcome scale, the time limits) comes from the kind's {@link HandlingKindPolicy}; the dates live in
 * {@link HandlingClocks}, the reply and its evaluation in {@link EvaluationRound}.
 */
@AggregateRoot
class Handling {

    @AggregateIdentifier
    private HandlingId id;

    private SourceRef source;
    private DepartmentCode department;
    private HandlingRole role;
    private String leadHandlingId;
    private boolean keyProposal;
    private int expectedOpinions;
    private HandlingStatus status;

    /** Where a return request came from, so an upheld assignment goes back there. */
    private HandlingStatus statusBeforeReturn;

    private boolean returnRequested;
    private HandlingClocks clocks;
    private Set<DepartmentCode> opinionsReceivedFrom = new HashSet<>();
    private EvaluationRound round;
    private boolean escalated;

    protected Handling() {
        // for Axon's event sourcing
    }

    /** Create-if-missing so that a retried assignment finds the handling it opened and emits nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenHandling command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (command.source() == null
                || command.department() == null
                || command.role() == null
                || command.assignedOn() == null) {
            throw new RuleViolation(HandlingRule.ASSIGNMENT_INCOMPLETE);
        }
        HandlingKindPolicy kind = policies.of(command.source().kind())
                .orElseThrow(() -> new RuleViolation(
                        HandlingRule.KIND_NOT_HANDLED, command.source().kind() + ""));
        if (!command.source().equals(command.handlingId().source())) {
            throw new RuleViolation(
                    HandlingRule.SOURCE_MISMATCH, command.handlingId() + " is not a handling of " + command.source());
        }
        boolean co = command.role() == HandlingRole.CO;
        String lead = isBlank(command.leadHandlingId()) ? null : command.leadHandlingId();
        if (co == (lead == null) || command.handlingId().value().equals(lead)) {
            throw new RuleViolation(HandlingRule.LEAD_REFERENCE);
        }
        if (!kind.coHandlers() && (co || command.coHandlers() > 0)) {
            throw new RuleViolation(
                    HandlingRule.NO_CO_HANDLERS_FOR_KIND, command.source().kind() + "");
        }
        int expected = command.role() == HandlingRole.LEAD ? Math.max(0, command.coHandlers()) : 0;
        List<String> distinctEvaluators = evaluatorsFor(kind, command.evaluators());
        if (id != null) {
            if (sameAssignment(command, lead, distinctEvaluators, expected)) {
                return;
            }
            throw new RuleViolation(
                    HandlingRule.ALREADY_OPENED, "handling " + id + " is open for " + department + " as " + role);
        }
        HandlingClocks.Opening dates = HandlingClocks.opening(
                command.assignedOn(), command.role(), command.keyProposal(), expected, kind.deadlines(), calendar);
        apply(new HandlingOpened(
                command.handlingId(),
                command.source().kind(),
                command.source().id(),
                command.department(),
                command.role(),
                lead,
                command.assignedOn(),
                distinctEvaluators,
                command.keyProposal(),
                expected,
                dates.returnWindowEnds(),
                dates.contactDue(),
                dates.coHandlerOpinionDue(),
                dates.opinionsDue(),
                dates.replyDue(),
                dates.reminderOn(),
                command.by(),
                clock.instant(),
                expected == 0 ? List.of() : command.opinionsAlreadyReceived()));
        if (expected > 0 && opinionsReceivedFrom.size() >= expected) {
            apply(new CoHandlerOpinionsComplete(id, expectedOpinions, command.by(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ReceiveHandling command, Clock clock) {
        if (command.by().hasRole(Role.SYSTEM)) {
            // Past the return window the assignment stands: the process deems the item received.
            if (status != HandlingStatus.ASSIGNED) {
                return;
            }
            if (clocks.returnWindowOpen(today(clock))) {
                throw new RuleViolation(
                        HandlingRule.NOT_DEEMED_RECEIVED_YET, "the return window ends on " + clocks.returnWindowEnds());
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
        if (!clocks.returnWindowOpen(today)) {
            throw new RuleViolation(
                    HandlingRule.RETURN_WINDOW_CLOSED, "the return window ended on " + clocks.returnWindowEnds());
        }
        if (isBlank(command.reason())) {
            throw new RuleViolation(HandlingRule.RETURN_REASON_REQUIRED);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        apply(new ReturnRequested(
                id, command.reason().strip(), command.suggestedDepartment(), today, command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(UpholdAssignment command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingReturn();
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        LocalDate today = today(clock);
        HandlingClocks.Resumption resumed = clocks.resumption(today, deadlines(policies), calendar);
        apply(new ReturnRejected(
                id,
                command.note(),
                today,
                resumed.workingDaysPaused(),
                resumed.contactDue(),
                resumed.opinionDue(),
                resumed.replyDue(),
                resumed.reminderOn(),
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
        apply(reassigned(command.newDepartment(), command.note(), command.by(), clock));
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
        apply(reassigned(command.newDepartment(), command.reason().strip(), command.by(), clock));
    }

    @CommandHandler
    void handle(LogPreHandlingContact command, Clock clock) {
        requireOfficer(command.by());
        requireStatus(HandlingRule.ALREADY_REPLIED, HandlingStatus.IN_PROGRESS);
        if (command.contactedOn() == null || command.method() == null) {
            throw new RuleViolation(HandlingRule.CONTACT_INCOMPLETE);
        }
        LocalDate today = today(clock);
        if (command.contactedOn().isBefore(clocks.assignedOn())
                || command.contactedOn().isAfter(today)) {
            throw new RuleViolation(
                    HandlingRule.CONTACT_DAY_OUT_OF_RANGE,
                    command.contactedOn() + " is not between " + clocks.assignedOn() + " and " + today);
        }
        requireLength(command.notes(), HandlingLimits.NOTE_MAX);
        LocalDate due = clocks.contact().dueDate();
        apply(new PreHandlingContactLogged(
                id,
                command.contactedOn(),
                command.method(),
                command.notes(),
                due,
                command.contactedOn().isAfter(due),
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
                clocks.opinion().dueDate(),
                clocks.opinion().isOverdue(today),
                command.by(),
                clock.instant()));
        apply(closed(command.by(), clock));
    }

    /** The last expected opinion completes the set: the lead records that, once, for the process to go on. */
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
        // apply() has already run the event sourcing handler: the set holds this opinion.
        if (opinionsReceivedFrom.size() == expectedOpinions) {
            apply(new CoHandlerOpinionsComplete(id, expectedOpinions, command.by(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(RequestExtension command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        requireOfficer(command.by());
        requireReplyingRole();
        if (status == HandlingStatus.REHANDLING) {
            throw new RuleViolation(HandlingRule.NO_EXTENSION_WHEN_REHANDLING);
        }
        requireStatus(HandlingRule.ALREADY_REPLIED, HandlingStatus.IN_PROGRESS);
        if (clocks.pendingExtension() != null) {
            throw new RuleViolation(
                    HandlingRule.EXTENSION_PENDING, clocks.pendingExtension() + " is waiting for the office");
        }
        Period extension = command.extension();
        if (extension == null || extension.isZero() || extension.isNegative() || isBlank(command.reason())) {
            throw new RuleViolation(HandlingRule.EXTENSION_INVALID);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        // Refused here already: the office could not approve it either.
        clocks.extendedReplyDue(clocks.approvedExtension().plus(extension), deadlines(policies), calendar);
        apply(new ExtensionRequested(
                id, extension, command.reason().strip(), clocks.replyDue(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveExtension command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingExtension();
        Period total = clocks.totalWithPending();
        DeadlinePolicy deadlines = deadlines(policies);
        LocalDate due = clocks.extendedReplyDue(total, deadlines, calendar);
        apply(new ExtensionApproved(
                id,
                clocks.pendingExtension(),
                total,
                due,
                HandlingClocks.reminderOn(due, deadlines),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(RejectExtension command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        requirePendingExtension();
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        apply(new ExtensionRejected(
                id, clocks.pendingExtension(), command.note(), clocks.replyDue(), command.by(), clock.instant()));
    }

    /** The reply states an outcome class where the kind's scale has one, and only there. */
    @CommandHandler
    void handle(Reply command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        requireOfficer(command.by());
        requireReplyingRole();
        requireMove(HandlingStatus.REPLIED, HandlingRule.ALREADY_REPLIED);
        boolean classes = kind(policies).outcomeScale() == OutcomeScale.CLASSES;
        if ((classes && command.outcome() == null) || isBlank(command.text())) {
            throw new RuleViolation(HandlingRule.REPLY_INCOMPLETE);
        }
        if (!classes && command.outcome() != null) {
            throw new RuleViolation(HandlingRule.NO_OUTCOME_CLASS_FOR_KIND, source.kind() + "");
        }
        requireLength(command.text(), HandlingLimits.TEXT_MAX);
        LocalDate today = today(clock);
        apply(new HandlingReplied(
                id,
                round.number(),
                command.outcome(),
                command.text().strip(),
                today,
                clocks.replyDue(),
                clocks.replyOverdue(today),
                round.nobodyEvaluates()
                        ? null
                        : HandlingClocks.evaluationWindowEnds(today, deadlines(policies), calendar),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(MarkOverdue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        requireReplyingRole();
        if (clocks.overdueMarked()) {
            return;
        }
        requireStatus(
                HandlingRule.ALREADY_REPLIED,
                HandlingStatus.ASSIGNED,
                HandlingStatus.IN_PROGRESS,
                HandlingStatus.REHANDLING);
        if (!clocks.replyOverdue(today(clock))) {
            throw new RuleViolation(HandlingRule.NOT_YET_OVERDUE, "the reply is due on " + clocks.replyDue());
        }
        apply(new HandlingOverdue(id, round.number(), clocks.replyDue(), command.by(), clock.instant()));
    }

    /** The office or the supervising leader chases an overdue reply (督办); each follow-up is kept. */
    @CommandHandler
    void handle(FollowUpOverdue command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.LEADER);
        requireReplyingRole();
        if (!clocks.overdueMarked()) {
            throw new RuleViolation(HandlingRule.NOT_OVERDUE, "the reply is due on " + clocks.replyDue());
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
        apply(new OverdueFollowedUp(id, round.number(), command.note().strip(), command.by(), clock.instant()));
    }

    /** Sent when the timer says so: the timer owns the day, and an early reminder does no harm. */
    @CommandHandler
    void handle(SendReplyReminder command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.SYSTEM);
        requireReplyingRole();
        if (clocks.reminderSent()) {
            return;
        }
        requireStatus(
                HandlingRule.ALREADY_REPLIED,
                HandlingStatus.ASSIGNED,
                HandlingStatus.IN_PROGRESS,
                HandlingStatus.REHANDLING);
        apply(new ReplyReminderSent(id, round.number(), clocks.replyDue(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(Evaluate command, Clock clock) {
        String evaluator = command.by().userId();
        if (!round.isEvaluator(evaluator)) {
            throw new RuleViolation(HandlingRule.NOT_AN_EVALUATOR, evaluator + " is not an evaluator");
        }
        requireReplyingRole();
        if (round.hasEvaluated(evaluator)) {
            throw new RuleViolation(HandlingRule.ALREADY_EVALUATED);
        }
        LocalDate today = today(clock);
        HandlingRule refusal =
                switch (status) {
                    case REPLIED -> today.isAfter(round.windowEnds()) ? HandlingRule.EVALUATION_WINDOW_ENDED : null;
                    case EVALUATED, ESCALATED -> HandlingRule.EVALUATION_WINDOW_ENDED;
                    case RETURNED, CLOSED -> HandlingRule.HANDLING_ENDED;
                    default -> HandlingRule.NOT_REPLIED;
                };
        if (refusal != null) {
            throw new RuleViolation(refusal, "the handling is " + status + ", evaluation ends " + round.windowEnds());
        }
        if (command.handlingWork() == null || command.result() == null) {
            throw new RuleViolation(HandlingRule.EVALUATION_INCOMPLETE);
        }
        requireLength(command.comment(), HandlingLimits.NOTE_MAX);
        apply(new EvaluationGiven(
                id,
                round.number(),
                command.handlingWork(),
                command.result(),
                command.comment(),
                round.lastToEvaluate(),
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
        if (!today(clock).isAfter(round.windowEnds())) {
            throw new RuleViolation(HandlingRule.EVALUATION_WINDOW_OPEN, "evaluators have until " + round.windowEnds());
        }
        apply(new EvaluationWindowClosed(
                id, round.number(), round.windowEnds(), round.missing(), command.by(), clock.instant()));
    }

    @CommandHandler
    void handle(Rehandle command, Clock clock, HandlingPolicy policies, WorkingDayCalendar calendar) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        requireReplyingRole();
        if (status == HandlingStatus.REHANDLING) {
            return;
        }
        HandlingKindPolicy kind = kind(policies);
        if (!kind.rehandle()) {
            throw new RuleViolation(HandlingRule.NO_REHANDLE_FOR_KIND, source.kind() + "");
        }
        requireSettledEvaluation();
        if (!round.unsatisfied()) {
            throw new RuleViolation(HandlingRule.NOT_UNSATISFIED);
        }
        if (!kind.mayRehandle(round.number() - 1)) {
            throw new RuleViolation(
                    HandlingRule.REHANDLE_LIMIT_REACHED, "re-handled " + (round.number() - 1) + " time(s) already");
        }
        requireMove(HandlingStatus.REHANDLING, HandlingRule.REHANDLE_LIMIT_REACHED);
        requireLength(command.note(), HandlingLimits.NOTE_MAX);
        LocalDate today = today(clock);
        HandlingClocks.Opening next = HandlingClocks.rehandleOpening(today, kind.deadlines(), calendar);
        apply(new RehandleStarted(
                id,
                round.number() + 1,
                command.note(),
                today,
                next.replyDue(),
                next.reminderOn(),
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(EscalateToSupervision command, Clock clock, HandlingPolicy policies) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        requireReplyingRole();
        if (escalated) {
            return;
        }
        HandlingKindPolicy kind = kind(policies);
        if (!kind.rehandle()) {
            throw new RuleViolation(HandlingRule.NO_REHANDLE_FOR_KIND, source.kind() + "");
        }
        requireSettledEvaluation();
        if (!round.unsatisfied()) {
            throw new RuleViolation(HandlingRule.NOT_UNSATISFIED);
        }
        if (kind.mayRehandle(round.number() - 1)) {
            throw new RuleViolation(HandlingRule.REHANDLE_LEFT);
        }
        requireLength(command.reason(), HandlingLimits.NOTE_MAX);
        apply(new EscalatedToSupervision(
                id, source.kind(), source.id(), round.number(), command.reason(), command.by(), clock.instant()));
    }

    /**
     * Closes a lead or separate handling whose last round is settled: replied, every evaluator evaluated or the window
     * closed, and, when someone was unsatisfied and the kind re-handles, escalated (which needs every re-handle used).
     * A co-handler's handling closes with its opinion; here it is only acknowledged.
     */
    @CommandHandler
    void handle(CloseHandling command, Clock clock, HandlingPolicy policies) {
        RuleViolation.requireRole(command.by(), Role.STAFF, Role.SYSTEM);
        if (status == HandlingStatus.CLOSED) {
            return;
        }
        if (role == HandlingRole.CO) {
            throw refusal(HandlingRule.NOT_REPLIED);
        }
        requireSettledEvaluation();
        if (round.unsatisfied() && kind(policies).rehandle() && !escalated) {
            throw new RuleViolation(HandlingRule.UNSATISFIED_UNRESOLVED);
        }
        requireMove(HandlingStatus.CLOSED, HandlingRule.UNSATISFIED_UNRESOLVED);
        apply(closed(command.by(), clock));
    }

    @EventSourcingHandler
    void on(HandlingOpened event) {
        id = event.handlingId();
        source = new SourceRef(event.sourceKind(), event.sourceId());
        department = event.department();
        role = event.role();
        leadHandlingId = event.leadHandlingId();
        keyProposal = event.keyProposal();
        expectedOpinions = event.expectedOpinions();
        opinionsReceivedFrom = new HashSet<>(event.opinionsReceivedFrom());
        clocks = HandlingClocks.opened(event);
        round = EvaluationRound.first(event.evaluators());
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
        clocks = clocks.paused(event.requestedOn());
    }

    @EventSourcingHandler
    void on(ReturnRejected event) {
        status = statusBeforeReturn;
        statusBeforeReturn = null;
        clocks = clocks.resumed(event);
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
        clocks = clocks.extensionRequested(event.extension());
    }

    @EventSourcingHandler
    void on(ExtensionApproved event) {
        clocks = clocks.extensionApproved(event);
    }

    @EventSourcingHandler
    void on(ExtensionRejected event) {
        clocks = clocks.extensionSettled();
    }

    /** A round nobody evaluates is settled by its reply. */
    @EventSourcingHandler
    void on(HandlingReplied event) {
        round = round.replied(event);
        status = round.nobodyEvaluates() ? HandlingStatus.EVALUATED : HandlingStatus.REPLIED;
        // Once replied, there is nothing left to extend.
        clocks = clocks.extensionSettled();
    }

    @EventSourcingHandler
    void on(HandlingOverdue event) {
        clocks = clocks.markedOverdue(event.replyDue());
    }

    @EventSourcingHandler
    void on(ReplyReminderSent event) {
        clocks = clocks.reminded(event.replyDue());
    }

    @EventSourcingHandler
    void on(EvaluationGiven event) {
        round = round.given(event);
        if (event.evaluationSettled()) {
            status = HandlingStatus.EVALUATED;
        }
    }

    @EventSourcingHandler
    void on(EvaluationWindowClosed event) {
        round = round.windowClosed(event);
        status = HandlingStatus.EVALUATED;
    }

    @EventSourcingHandler
    void on(RehandleStarted event) {
        round = round.next(event.round());
        status = HandlingStatus.REHANDLING;
        clocks = clocks.rehandled(event);
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

    private HandlingReassigned reassigned(DepartmentCode to, String note, ActorRef by, Clock clock) {
        return new HandlingReassigned(
                id,
                source.kind(),
                source.id(),
                role,
                department,
                to,
                note,
                by,
                clock.instant(),
                opinionsReceivedFrom.stream()
                        .sorted(Comparator.comparing(DepartmentCode::value))
                        .toList());
    }

    private HandlingClosed closed(ActorRef by, Clock clock) {
        return new HandlingClosed(
                id,
                source.kind(),
                source.id(),
                role,
                round.number(),
                round.outcome(),
                round.evaluationList(),
                round.notEvaluated(),
                escalated,
                by,
                clock.instant());
    }

    private HandlingKindPolicy kind(HandlingPolicy policies) {
        return policies.of(source.kind())
                .orElseThrow(() -> new RuleViolation(HandlingRule.KIND_NOT_HANDLED, source.kind() + ""));
    }

    private DeadlinePolicy deadlines(HandlingPolicy policies) {
        return kind(policies).deadlines();
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
                    HandlingRule.EVALUATION_NOT_SETTLED, "evaluators have until " + round.windowEnds());
            default -> throw refusal(HandlingRule.NOT_REPLIED);
        }
    }

    /** For a lead or separate handling: a closed one was settled before it closed. */
    private boolean evaluationSettled() {
        return EnumSet.of(HandlingStatus.EVALUATED, HandlingStatus.ESCALATED, HandlingStatus.CLOSED)
                .contains(status);
    }

    private void requirePendingReturn() {
        if (status != HandlingStatus.RETURN_REQUESTED) {
            throw new RuleViolation(
                    status.ended() ? HandlingRule.HANDLING_ENDED : HandlingRule.NO_RETURN_PENDING,
                    "the handling is " + status);
        }
    }

    private void requirePendingExtension() {
        if (status != HandlingStatus.IN_PROGRESS || clocks.pendingExtension() == null) {
            throw refusal(HandlingRule.NO_EXTENSION_PENDING);
        }
    }

    private boolean sameAssignment(OpenHandling command, String lead, List<String> distinctEvaluators, int expected) {
        return source.equals(command.source())
                && department.equals(command.department())
                && role == command.role()
                && Objects.equals(leadHandlingId, lead)
                && clocks.assignedOn().equals(command.assignedOn())
                && round.evaluators().equals(distinctEvaluators)
                && keyProposal == command.keyProposal()
                && expectedOpinions == expected;
    }

    /** The evaluators the kind's policy asks for: the submitters (at least one), exactly the author, or nobody. */
    private static List<String> evaluatorsFor(HandlingKindPolicy kind, List<String> evaluators) {
        List<String> given = evaluators == null ? List.of() : evaluators;
        if (given.stream().anyMatch(Handling::isBlank)) {
            throw new RuleViolation(HandlingRule.EVALUATOR_REQUIRED);
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(given));
        switch (kind.evaluators()) {
            case SUBMITTERS -> {
                if (distinct.isEmpty()) {
                    throw new RuleViolation(HandlingRule.EVALUATOR_REQUIRED);
                }
            }
            case AUTHOR -> {
                if (distinct.size() != 1) {
                    throw new RuleViolation(HandlingRule.EVALUATORS_FOR_KIND, "the author evaluates, alone");
                }
            }
            case NONE -> {
                if (!distinct.isEmpty()) {
                    throw new RuleViolation(HandlingRule.EVALUATORS_FOR_KIND, "nobody evaluates this kind's reply");
                }
            }
        }
        return distinct;
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
