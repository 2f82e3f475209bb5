package org.tongxin.engine.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/**
 * The time limits of the handling rules, one component per {@code tongxin.rules.*} setting, because committees differ
 * (the national committee, provinces and cities set their own) and key proposals may get shorter ones. Limits stated
 * in working days count on the {@link WorkingDayCalendar}; limits stated in months or calendar days end on the
 * corresponding day and, when that is not a working day, on the next working day (期限届满日为节假日的，顺延).
 *
 * <p>The calendar is a parameter, not a component: the policy is configuration, the calendar is data that changes every
 * November, and keeping them apart lets either be replaced without the other.
 *
 * @param returnWindowWorkingDays working days after assignment in which a department may return an item (退回)
 * @param preHandlingContactWorkingDays working days after assignment by which the department contacts the proposer
 * @param coHandlerOpinion time after assignment by which a co-handler sends its opinion to the lead department
 * @param reply time after assignment by which the reply is due
 * @param keyProposalReply the same for a key proposal (重点提案), which a committee may set shorter
 * @param extendedReplyCap the longest time after assignment an extended reply may be due, all extensions included
 * @param reminderBeforeDue calendar time before a due date on which the reminder goes out
 * @param evaluationWindowWorkingDays working days after the reply in which the proposer evaluates it
 * @param rehandleReply time after an unsatisfied evaluation by which the re-handled reply is due
 * @param maxRehandles how many times an item may be re-handled after 不满意
 * @param coSignerConfirmation calendar time after submission in which co-signers confirm a joint proposal
 * @param classificationWorkingDays working days after registration by which a clue is classified
 */
public record DeadlinePolicy(
        int returnWindowWorkingDays,
        int preHandlingContactWorkingDays,
        Period coHandlerOpinion,
        Period reply,
        Period keyProposalReply,
        Period extendedReplyCap,
        Period reminderBeforeDue,
        int evaluationWindowWorkingDays,
        Period rehandleReply,
        int maxRehandles,
        Period coSignerConfirmation,
        int classificationWorkingDays) {

    public DeadlinePolicy {
        requireNotNegative("returnWindowWorkingDays", returnWindowWorkingDays);
        requireNotNegative("preHandlingContactWorkingDays", preHandlingContactWorkingDays);
        requireNotNegative("coHandlerOpinion", coHandlerOpinion);
        requireNotNegative("reply", reply);
        requireNotNegative("keyProposalReply", keyProposalReply);
        requireNotNegative("extendedReplyCap", extendedReplyCap);
        requireNotNegative("reminderBeforeDue", reminderBeforeDue);
        requireNotNegative("evaluationWindowWorkingDays", evaluationWindowWorkingDays);
        requireNotNegative("rehandleReply", rehandleReply);
        requireNotNegative("maxRehandles", maxRehandles);
        requireNotNegative("coSignerConfirmation", coSignerConfirmation);
        requireNotNegative("classificationWorkingDays", classificationWorkingDays);
        if (shorter(extendedReplyCap, keyProposalReply)) {
            throw new IllegalArgumentException("extendedReplyCap " + extendedReplyCap
                    + " must not be shorter than keyProposalReply " + keyProposalReply);
        }
        if (shorter(extendedReplyCap, reply)) {
            throw new IllegalArgumentException(
                    "extendedReplyCap " + extendedReplyCap + " must not be shorter than reply " + reply);
        }
    }

    /**
     * The national practice, the one home of every default: {@code tongxin.rules.*} overrides components of it, and
     * {@code docs/domain.md} lists them.
     */
    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(
                5,
                15,
                Period.ofMonths(1),
                Period.ofMonths(3),
                Period.ofMonths(3),
                Period.ofMonths(6),
                Period.ofDays(14),
                15,
                Period.ofMonths(1),
                1,
                Period.ofDays(7),
                5);
    }

    /**
     * The same limits with another reply time and cap, for a kind of item whose reply is due sooner or later than a
     * proposal's; a key item's reply gets the same time.
     */
    public DeadlinePolicy withReply(Period replyTime, Period replyCap) {
        return new DeadlinePolicy(
                returnWindowWorkingDays,
                preHandlingContactWorkingDays,
                coHandlerOpinion,
                replyTime,
                replyTime,
                replyCap,
                reminderBeforeDue,
                evaluationWindowWorkingDays,
                rehandleReply,
                maxRehandles,
                coSignerConfirmation,
                classificationWorkingDays);
    }

    /**
     * The same limits with another time for the step the department takes first (for a proposal the contact with the
     * proposer, for a rectification the rectification plan), in working days after the transfer.
     */
    public DeadlinePolicy withFirstStep(int workingDays) {
        return new DeadlinePolicy(
                returnWindowWorkingDays,
                workingDays,
                coHandlerOpinion,
                reply,
                keyProposalReply,
                extendedReplyCap,
                reminderBeforeDue,
                evaluationWindowWorkingDays,
                rehandleReply,
                maxRehandles,
                coSignerConfirmation,
                classificationWorkingDays);
    }

    /** The last day on which the department may still return the item; after it, the assignment stands. */
    public LocalDate returnWindowEnds(LocalDate assignedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(assignedOn, returnWindowWorkingDays);
    }

    public LocalDate preHandlingContactDue(LocalDate assignedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(assignedOn, preHandlingContactWorkingDays);
    }

    public LocalDate coHandlerOpinionDue(LocalDate assignedOn, WorkingDayCalendar calendar) {
        return calendar.addPeriod(assignedOn, coHandlerOpinion);
    }

    public LocalDate replyDue(LocalDate assignedOn, WorkingDayCalendar calendar) {
        return calendar.addPeriod(assignedOn, reply);
    }

    /** The reply due date of a key proposal or an ordinary one. */
    public LocalDate replyDue(LocalDate assignedOn, boolean keyProposal, WorkingDayCalendar calendar) {
        return calendar.addPeriod(assignedOn, keyProposal ? keyProposalReply : reply);
    }

    /**
     * The reply due date after extensions adding up to {@code totalExtension}, or empty when that would pass
     * {@link #extendedReplyCap}: refusing an extension is the office's business decision, so the aggregate turns empty
     * into its own rule violation rather than catching an exception from here. Both limits are counted from the
     * assignment day before rolling forward, so three months plus a three-month extension is exactly the six-month cap.
     *
     * @throws IllegalArgumentException when {@code totalExtension} is negative
     */
    public Optional<LocalDate> extendedDue(LocalDate assignedOn, Period totalExtension, WorkingDayCalendar calendar) {
        if (totalExtension.isNegative()) {
            throw new IllegalArgumentException("an extension cannot be negative: " + totalExtension);
        }
        Period total = reply.plus(totalExtension);
        if (assignedOn.plus(total).isAfter(assignedOn.plus(extendedReplyCap))) {
            return Optional.empty();
        }
        return Optional.of(calendar.addPeriod(assignedOn, total));
    }

    /**
     * The day the reminder goes out, in calendar days before the due date. Not rolled to a working day: the reminder is
     * a notice, not a time limit, and an earlier or later shift would change how much warning it gives.
     */
    public LocalDate reminderOn(LocalDate due) {
        return due.minus(reminderBeforeDue);
    }

    /** The last day the proposer may evaluate the reply; after it, the item is recorded as not evaluated. */
    public LocalDate evaluationWindowEnds(LocalDate repliedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(repliedOn, evaluationWindowWorkingDays);
    }

    public LocalDate rehandleReplyDue(LocalDate unsatisfiedOn, WorkingDayCalendar calendar) {
        return calendar.addPeriod(unsatisfiedOn, rehandleReply);
    }

    /** Whether another re-handle is allowed; past the limit the item goes to consultation or the supervision pool. */
    public boolean mayRehandle(int rehandlesSoFar) {
        return rehandlesSoFar < maxRehandles;
    }

    /** The last day co-signers may confirm; unconfirmed co-signers are then dropped, not the proposal. */
    public LocalDate coSignerConfirmationDue(LocalDate submittedOn, WorkingDayCalendar calendar) {
        return calendar.addPeriod(submittedOn, coSignerConfirmation);
    }

    public LocalDate classificationDue(LocalDate registeredOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(registeredOn, classificationWorkingDays);
    }

    /**
     * Compares by whole months, then days. Exact for the usual settings (months only, or days only); a mix such as
     * "2 months 31 days" against "3 months" has no order valid for every start date, and {@link #extendedDue}
     * compares actual dates anyway.
     */
    private static boolean shorter(Period a, Period b) {
        Period x = a.normalized();
        Period y = b.normalized();
        return x.toTotalMonths() != y.toTotalMonths()
                ? x.toTotalMonths() < y.toTotalMonths()
                : x.getDays() < y.getDays();
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    private static void requireNotNegative(String name, Period value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
