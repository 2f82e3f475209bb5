package org.tongxin.engine.handling;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.tongxin.engine.calendar.DeadlineClock;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.RuleViolation;

/**
 * Every date a handling owns, and the only place they are computed: the return window, the contact, opinion and reply
 * clocks, the days they stood still while a return request was arbitrated, the extensions, and which reply due date
 * the reminder and the overdue mark were done for. An immutable value; the aggregate replaces it from its events.
 *
 * @param contact the pre-handling contact's clock
 * @param opinion a co-handler's opinion clock; null for a lead or separate handling
 * @param reply a lead or separate handling's reply clock, replaced by each extension and each re-handle; null for a
 *     co-handler
 * @param workingDaysPaused every clock moved by these working days; an extension, counted from the assignment, must
 *     move by them too
 * @param pendingExtension the extension waiting for the office, or null
 * @param overdueMarkedFor the reply due date the overdue mark was made for: a moved due date gets its own mark
 * @param reminderSentFor the same for the reminder
 */
record HandlingClocks(
        LocalDate assignedOn,
        LocalDate returnWindowEnds,
        DeadlineClock contact,
        DeadlineClock opinion,
        DeadlineClock reply,
        LocalDate pausedOn,
        int workingDaysPaused,
        Period approvedExtension,
        Period pendingExtension,
        LocalDate overdueMarkedFor,
        LocalDate reminderSentFor) {

    /** The due dates of a newly opened handling, as {@link HandlingOpened} records them. */
    record Opening(
            LocalDate returnWindowEnds,
            LocalDate contactDue,
            LocalDate coHandlerOpinionDue,
            LocalDate opinionsDue,
            LocalDate replyDue,
            LocalDate reminderOn) {}

    /** The due dates after a return request was turned down, as {@link ReturnRejected} records them. */
    record Resumption(
            int workingDaysPaused,
            LocalDate contactDue,
            LocalDate opinionDue,
            LocalDate replyDue,
            LocalDate reminderOn) {}

    /**
     * A co-handler's opinion is due on the same day the lead stops waiting for it; a co-handler never replies, and a
     * key proposal's reply may be due sooner.
     */
    static Opening opening(
            LocalDate assignedOn,
            HandlingRole role,
            boolean keyItem,
            int expectedOpinions,
            DeadlinePolicy policy,
            WorkingDayCalendar calendar) {
        boolean co = role == HandlingRole.CO;
        LocalDate opinionsDue = policy.coHandlerOpinionDue(assignedOn, calendar);
        LocalDate replyDue = co ? null : policy.replyDue(assignedOn, keyItem, calendar);
        return new Opening(
                policy.returnWindowEnds(assignedOn, calendar),
                policy.preHandlingContactDue(assignedOn, calendar),
                co ? opinionsDue : null,
                !co && expectedOpinions > 0 ? opinionsDue : null,
                replyDue,
                replyDue == null ? null : policy.reminderOn(replyDue));
    }

    static HandlingClocks opened(HandlingOpened event) {
        return new HandlingClocks(
                event.assignedOn(),
                event.returnWindowEnds(),
                DeadlineClock.dueOn(event.preHandlingContactDue()),
                clockOrNull(event.coHandlerOpinionDue()),
                clockOrNull(event.replyDue()),
                null,
                0,
                Period.ZERO,
                null,
                null,
                null);
    }

    boolean returnWindowOpen(LocalDate today) {
        return !today.isAfter(returnWindowEnds);
    }

    /** While the office arbitrates a return request, no clock runs against the department. */
    HandlingClocks paused(LocalDate on) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                contact.pause(on),
                opinion == null ? null : opinion.pause(on),
                reply == null ? null : reply.pause(on),
                on,
                workingDaysPaused,
                approvedExtension,
                pendingExtension,
                overdueMarkedFor,
                reminderSentFor);
    }

    /** Where the clocks stand when they run again {@code today}. */
    Resumption resumption(LocalDate today, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        LocalDate replyDue = resumedDue(reply, today, calendar);
        return new Resumption(
                calendar.workingDaysBetween(pausedOn, today),
                resumedDue(contact, today, calendar),
                resumedDue(opinion, today, calendar),
                replyDue,
                replyDue == null ? null : policy.reminderOn(replyDue));
    }

    HandlingClocks resumed(ReturnRejected event) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                DeadlineClock.dueOn(event.preHandlingContactDue()),
                clockOrNull(event.coHandlerOpinionDue()),
                clockOrNull(event.replyDue()),
                null,
                workingDaysPaused + event.workingDaysPaused(),
                approvedExtension,
                pendingExtension,
                overdueMarkedFor,
                reminderSentFor);
    }

    /**
     * The reply due date with extensions adding up to {@code total}. The cap bounds the extensions, counted from the
     * assignment; the working days a return request stood still are added on top, as they were to the original due
     * date.
     *
     * @throws RuleViolation {@code EXTENSION_BEYOND_CAP} when that would pass the cap
     */
    LocalDate extendedReplyDue(Period total, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        Optional<LocalDate> due = policy.extendedDue(assignedOn, total, calendar);
        if (due.isEmpty()) {
            throw new RuleViolation(
                    HandlingRule.EXTENSION_BEYOND_CAP, "extensions of " + total + " in all pass the cap");
        }
        return workingDaysPaused == 0 ? due.get() : calendar.addWorkingDays(due.get(), workingDaysPaused);
    }

    /** The total extension if {@link #pendingExtension} were approved. */
    Period totalWithPending() {
        return approvedExtension.plus(pendingExtension);
    }

    HandlingClocks extensionRequested(Period extension) {
        return withExtensions(approvedExtension, extension, reply);
    }

    HandlingClocks extensionApproved(ExtensionApproved event) {
        return withExtensions(event.totalExtension(), null, DeadlineClock.dueOn(event.replyDue()));
    }

    HandlingClocks extensionSettled() {
        return withExtensions(approvedExtension, null, reply);
    }

    /** The last day the evaluators may evaluate a reply given {@code repliedOn}. */
    static LocalDate evaluationWindowEnds(LocalDate repliedOn, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        return policy.evaluationWindowEnds(repliedOn, calendar);
    }

    /** A re-handled round's reply due date and its reminder, counted from the day it starts. */
    static Opening rehandleOpening(LocalDate today, DeadlinePolicy policy, WorkingDayCalendar calendar) {
        LocalDate due = policy.rehandleReplyDue(today, calendar);
        return new Opening(null, null, null, null, due, policy.reminderOn(due));
    }

    /** A new round: a new reply clock, and no reminder or mark done for it yet. */
    HandlingClocks rehandled(RehandleStarted event) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                contact,
                opinion,
                DeadlineClock.dueOn(event.replyDue()),
                pausedOn,
                workingDaysPaused,
                approvedExtension,
                pendingExtension,
                null,
                null);
    }

    /** The reminder and the overdue mark are keyed by the due date they were done for. */
    static LocalDate reminderOn(LocalDate due, DeadlinePolicy policy) {
        return policy.reminderOn(due);
    }

    LocalDate replyDue() {
        return reply.dueDate();
    }

    boolean replyOverdue(LocalDate today) {
        return reply.isOverdue(today);
    }

    boolean overdueMarked() {
        return reply.dueDate().equals(overdueMarkedFor);
    }

    boolean reminderSent() {
        return reply.dueDate().equals(reminderSentFor);
    }

    HandlingClocks markedOverdue(LocalDate replyDue) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                contact,
                opinion,
                reply,
                pausedOn,
                workingDaysPaused,
                approvedExtension,
                pendingExtension,
                replyDue,
                reminderSentFor);
    }

    HandlingClocks reminded(LocalDate replyDue) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                contact,
                opinion,
                reply,
                pausedOn,
                workingDaysPaused,
                approvedExtension,
                pendingExtension,
                overdueMarkedFor,
                replyDue);
    }

    private HandlingClocks withExtensions(Period approved, Period pending, DeadlineClock replyClock) {
        return new HandlingClocks(
                assignedOn,
                returnWindowEnds,
                contact,
                opinion,
                replyClock,
                pausedOn,
                workingDaysPaused,
                approved,
                pending,
                overdueMarkedFor,
                reminderSentFor);
    }

    private static LocalDate resumedDue(DeadlineClock clock, LocalDate today, WorkingDayCalendar calendar) {
        return clock == null ? null : clock.resume(today, calendar).dueDate();
    }

    private static DeadlineClock clockOrNull(LocalDate due) {
        return due == null ? null : DeadlineClock.dueOn(due);
    }
}
