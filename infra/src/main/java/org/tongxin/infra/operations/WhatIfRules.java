package org.tongxin.infra.operations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.CalendarYear;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.DeadlineWhatIf;
import org.tongxin.engine.policy.PastHandling;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.processes.task.FieldError;
import org.tongxin.projections.handling.HandlingPage;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.HandlingView;
import org.tongxin.projections.handling.ListHandlings;

/**
 * Tries candidate reply deadlines and calendar changes on the proposal handlings assigned in a past period, without
 * touching live data: the history is read, the candidate rules exist only for the comparison.
 */
@Component
class WhatIfRules {

    static final int MAX_MONTHS = 24;
    static final int MAX_DAYS_LISTED = 60;
    private static final int PAGE = 200;
    private static final String PROPOSAL = "PROPOSAL";

    /**
     * What to try.
     *
     * @param from first assignment day of the period
     * @param to last assignment day of the period
     * @param replyMonths the candidate reply deadline, months after assignment
     * @param keyProposalReplyMonths the same for key proposals; null keeps the reply deadline's
     * @param addHolidays weekdays the candidate calendar has off
     * @param addWorkdays weekend days the candidate calendar has worked (调休)
     */
    record Candidate(
            LocalDate from,
            LocalDate to,
            Integer replyMonths,
            Integer keyProposalReplyMonths,
            List<LocalDate> addHolidays,
            List<LocalDate> addWorkdays) {

        Candidate {
            addHolidays = addHolidays == null ? List.of() : List.copyOf(addHolidays);
            addWorkdays = addWorkdays == null ? List.of() : List.copyOf(addWorkdays);
        }
    }

    /** One department's figures, named; the total has no department. */
    record Line(String department, int handlings, int overdueToday, int overdueCandidate) {}

    /** The answer, with the rules compared so the reader sees what was tried. */
    record Result(
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            int replyMonthsToday,
            int replyMonthsCandidate,
            int keyProposalReplyMonthsCandidate,
            List<LocalDate> addHolidays,
            List<LocalDate> addWorkdays,
            List<Line> departments,
            Line total) {}

    private final QueryGateway queries;
    private final DeadlinePolicy policy;
    private final LiveCalendar calendar;
    private final UiFormat format;

    WhatIfRules(QueryGateway queries, DeadlinePolicy policy, LiveCalendar calendar, UiFormat format) {
        this.queries = queries;
        this.policy = policy;
        this.calendar = calendar;
        this.format = format;
    }

    /** The reply deadline in force, in whole months (the form's starting value). */
    int replyMonthsToday() {
        return (int) policy.reply().toTotalMonths();
    }

    /** What is wrong with the candidate, field by field, in the reader's language; empty when it can be tried. */
    List<FieldError> problems(Candidate candidate) {
        List<FieldError> errors = new ArrayList<>();
        if (candidate.from() == null) {
            errors.add(new FieldError("from", format.code("whatif.", "error.from")));
        }
        if (candidate.to() == null) {
            errors.add(new FieldError("to", format.code("whatif.", "error.to")));
        }
        if (candidate.from() != null && candidate.to() != null && candidate.to().isBefore(candidate.from())) {
            errors.add(new FieldError("to", format.code("whatif.", "error.order")));
        }
        if (candidate.replyMonths() == null || candidate.replyMonths() < 1 || candidate.replyMonths() > MAX_MONTHS) {
            errors.add(new FieldError("replyMonths", format.code("whatif.", "error.months")));
        }
        Integer key = candidate.keyProposalReplyMonths();
        if (key != null && (key < 1 || key > MAX_MONTHS)) {
            errors.add(new FieldError("keyProposalReplyMonths", format.code("whatif.", "error.months")));
        }
        if (candidate.addHolidays().size() > MAX_DAYS_LISTED) {
            errors.add(new FieldError("addHolidays", format.code("whatif.", "error.tooMany")));
        } else if (candidate.addHolidays().stream().anyMatch(WhatIfRules::weekend)) {
            errors.add(new FieldError("addHolidays", format.code("whatif.", "error.holidayOnWeekend")));
        }
        if (candidate.addWorkdays().size() > MAX_DAYS_LISTED) {
            errors.add(new FieldError("addWorkdays", format.code("whatif.", "error.tooMany")));
        } else if (candidate.addWorkdays().stream().anyMatch(day -> !weekend(day))) {
            errors.add(new FieldError("addWorkdays", format.code("whatif.", "error.workdayOnWeekday")));
        }
        if (candidate.addHolidays().stream().anyMatch(candidate.addWorkdays()::contains)) {
            errors.add(new FieldError("addWorkdays", format.code("whatif.", "error.both")));
        }
        return errors;
    }

    /** Runs the comparison; the candidate must be free of {@link #problems}. */
    Result compare(Candidate candidate, LocalDate asOf) {
        int months = candidate.replyMonths();
        int keyMonths = candidate.keyProposalReplyMonths() == null ? months : candidate.keyProposalReplyMonths();
        DeadlinePolicy tried = withReplies(Period.ofMonths(months), Period.ofMonths(keyMonths));
        WorkingDayCalendar maintained = calendar.get();
        WorkingDayCalendar triedCalendar = calendarWith(maintained, candidate.addHolidays(), candidate.addWorkdays());
        DeadlineWhatIf.Comparison comparison = new DeadlineWhatIf(
                        new DeadlineWhatIf.Rules(policy, maintained), new DeadlineWhatIf.Rules(tried, triedCalendar))
                .compare(history(candidate.from(), candidate.to()), asOf);
        return new Result(
                candidate.from(),
                candidate.to(),
                asOf,
                replyMonthsToday(),
                months,
                keyMonths,
                candidate.addHolidays(),
                candidate.addWorkdays(),
                comparison.departments().stream()
                        .map(row -> new Line(
                                format.department(row.department()),
                                row.handlings(),
                                row.overdueToday(),
                                row.overdueCandidate()))
                        .toList(),
                new Line(
                        null,
                        comparison.total().handlings(),
                        comparison.total().overdueToday(),
                        comparison.total().overdueCandidate()));
    }

    /** Today's policy with other reply times; the extension cap grows with them so the policy stays valid. */
    private DeadlinePolicy withReplies(Period reply, Period keyReply) {
        Period cap = policy.extendedReplyCap();
        long longest = Math.max(reply.toTotalMonths(), keyReply.toTotalMonths());
        if (cap.toTotalMonths() < longest) {
            cap = Period.ofMonths((int) longest);
        }
        return new DeadlinePolicy(
                policy.returnWindowWorkingDays(),
                policy.preHandlingContactWorkingDays(),
                policy.coHandlerOpinion(),
                reply,
                keyReply,
                cap,
                policy.reminderBeforeDue(),
                policy.evaluationWindowWorkingDays(),
                policy.rehandleReply(),
                policy.maxRehandles(),
                policy.coSignerConfirmation(),
                policy.classificationWorkingDays());
    }

    /** The maintained calendar with the candidate's days added to their years (a year without data gets some). */
    private static WorkingDayCalendar calendarWith(
            WorkingDayCalendar calendar, List<LocalDate> holidays, List<LocalDate> workdays) {
        if (holidays.isEmpty() && workdays.isEmpty()) {
            return calendar;
        }
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (int year : calendar.coveredYears()) {
            calendar.year(year).ifPresent(data -> years.put(year, data));
        }
        for (LocalDate day : holidays) {
            years.compute(day.getYear(), (year, data) -> with(year, data, day, false));
        }
        for (LocalDate day : workdays) {
            years.compute(day.getYear(), (year, data) -> with(year, data, day, true));
        }
        return WorkingDayCalendar.of(years.values());
    }

    private static CalendarYear with(int year, CalendarYear data, LocalDate day, boolean workday) {
        Set<LocalDate> holidays = new HashSet<>(data == null ? Set.of() : data.holidays());
        Set<LocalDate> workdays = new HashSet<>(data == null ? Set.of() : data.workdays());
        holidays.remove(day);
        workdays.remove(day);
        (workday ? workdays : holidays).add(day);
        return new CalendarYear(
                year, data != null && data.official(), data == null ? "what-if" : data.source(), holidays, workdays);
    }

    /** Every proposal handling assigned in the period, as history recorded it. */
    private List<PastHandling> history(LocalDate from, LocalDate to) {
        List<PastHandling> history = new ArrayList<>();
        for (int page = 0; ; page++) {
            HandlingPage result = queries.query(
                            new ListHandlings(null, PROPOSAL, null, true, page, PAGE),
                            ResponseTypes.instanceOf(HandlingPage.class))
                    .join();
            for (HandlingSummary summary : result.items()) {
                HandlingView view = summary.handling();
                LocalDate assigned = view.assignedOn();
                if (assigned != null
                        && !assigned.isBefore(from)
                        && !assigned.isAfter(to)
                        && !"CO".equals(view.role())) {
                    history.add(
                            new PastHandling(view.department(), assigned, view.keyProposal(), view.firstRepliedOn()));
                }
            }
            if (result.items().size() < PAGE) {
                return history;
            }
        }
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
