package org.tongxin.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;

class DeadlinePolicyTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();
    private static final DeadlinePolicy POLICY = DeadlinePolicy.defaults();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void defaultsAreTheRulesOfDomainMd() {
        assertThat(POLICY.returnWindowWorkingDays()).isEqualTo(5);
        assertThat(POLICY.preHandlingContactWorkingDays()).isEqualTo(15);
        assertThat(POLICY.coHandlerOpinion()).isEqualTo(Period.ofMonths(1));
        assertThat(POLICY.reply()).isEqualTo(Period.ofMonths(3));
        assertThat(POLICY.extendedReplyCap()).isEqualTo(Period.ofMonths(6));
        assertThat(POLICY.reminderBeforeDue()).isEqualTo(Period.ofDays(14));
        assertThat(POLICY.evaluationWindowWorkingDays()).isEqualTo(15);
        assertThat(POLICY.rehandleReply()).isEqualTo(Period.ofMonths(1));
        assertThat(POLICY.maxRehandles()).isEqualTo(1);
        assertThat(POLICY.coSignerConfirmation()).isEqualTo(Period.ofDays(7));
        assertThat(POLICY.classificationWorkingDays()).isEqualTo(5);
    }

    @Test
    void returnWindowAssignedJustBeforeSpringFestival2026CountsTheMakeUpSaturdayAndSkipsTheBreak() {
        // Thu Feb 12: Feb 13, Sat 14, then Feb 24, 25, 26.
        assertThat(POLICY.returnWindowEnds(date("2026-02-12"), CALENDAR)).isEqualTo(date("2026-02-26"));
    }

    @Test
    void preHandlingContactOverMidAutumnAndNationalDay2026TakesFourWeeks() {
        // Mon Sep 21: Sep 22-24 (3), Sep 28-30 (6), Oct 8, 9, Sat 10 (9), Oct 12-16 (14), Mon Oct 19 (15).
        assertThat(POLICY.preHandlingContactDue(date("2026-09-21"), CALENDAR)).isEqualTo(date("2026-10-19"));
    }

    @Test
    void coHandlerOpinionDueOnASpringFestivalSundayRollsToTheFirstDayBack() {
        assertThat(POLICY.coHandlerOpinionDue(date("2026-01-15"), CALENDAR)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void replyDueIsThreeCalendarMonthsAfterAssignment() {
        assertThat(POLICY.replyDue(date("2026-03-02"), CALENDAR)).isEqualTo(date("2026-06-02"));
    }

    @Test
    void replyDueCrossingNationalDayRollsToNextWorkingDay() {
        assertThat(POLICY.replyDue(date("2026-07-01"), CALENDAR)).isEqualTo(date("2026-10-08"));
        assertThat(POLICY.replyDue(date("2025-07-08"), CALENDAR))
                .as("2025's eight-day break")
                .isEqualTo(date("2025-10-09"));
    }

    @Test
    void reminderGoesOutTwoCalendarWeeksBeforeTheDueDate() {
        assertThat(POLICY.reminderOn(date("2026-10-08"))).isEqualTo(date("2026-09-24"));
    }

    @Test
    void anExtensionWithinTheCapMovesTheReplyDueAndRollsOverNationalDay() {
        assertThat(POLICY.extendedDue(date("2026-04-01"), Period.ofMonths(3), CALENDAR))
                .contains(date("2026-10-08"));
        assertThat(POLICY.extendedDue(date("2026-03-02"), Period.ofMonths(1), CALENDAR))
                .contains(date("2026-07-02"));
    }

    @Test
    void noExtensionLeavesTheReplyDue() {
        assertThat(POLICY.extendedDue(date("2026-07-01"), Period.ZERO, CALENDAR))
                .contains(POLICY.replyDue(date("2026-07-01"), CALENDAR));
    }

    @Test
    void anExtensionPastSixMonthsInTotalIsRefused() {
        assertThat(POLICY.extendedDue(date("2026-03-02"), Period.of(0, 3, 1), CALENDAR))
                .isEmpty();
        assertThat(POLICY.extendedDue(date("2026-03-02"), Period.ofMonths(4), CALENDAR))
                .isEmpty();
    }

    @Test
    void threeMonthsPlusAThreeMonthExtensionIsExactlyTheCapEvenFromNovember30() {
        // Nov 30 + 6 months = Sat May 30, not Feb 28 + 3 months = May 28; rolled to Mon Jun 1.
        assertThat(POLICY.extendedDue(date("2025-11-30"), Period.ofMonths(3), CALENDAR))
                .contains(date("2026-06-01"));
    }

    @Test
    void aNegativeExtensionIsAProgrammingError() {
        assertThatThrownBy(() -> POLICY.extendedDue(date("2026-03-02"), Period.ofDays(-1), CALENDAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluationWindowOverNationalDay2025CountsBothMakeUpDays() {
        // Fri Sep 26: Sun 28, 29, 30 (3), Oct 9, 10, Sat 11 (6), Oct 13-17 (11), Oct 20-23 (15).
        assertThat(POLICY.evaluationWindowEnds(date("2025-09-26"), CALENDAR)).isEqualTo(date("2025-10-23"));
    }

    @Test
    void rehandleReplyDueOnLabourDay2025RollsPastTheFiveDayBreak() {
        assertThat(POLICY.rehandleReplyDue(date("2025-04-01"), CALENDAR)).isEqualTo(date("2025-05-06"));
    }

    @Test
    void onlyOneRehandleIsAllowedByDefault() {
        assertThat(POLICY.mayRehandle(0)).isTrue();
        assertThat(POLICY.mayRehandle(1)).isFalse();
    }

    @Test
    void coSignersHaveSevenCalendarDaysRolledPastNationalDay() {
        assertThat(POLICY.coSignerConfirmationDue(date("2026-03-02"), CALENDAR)).isEqualTo(date("2026-03-09"));
        assertThat(POLICY.coSignerConfirmationDue(date("2026-09-24"), CALENDAR)).isEqualTo(date("2026-10-08"));
    }

    @Test
    void clueClassificationOverTheStatutorySpringFestival2027SkipsFourDays() {
        // Wed Feb 3: Thu 4, then the statutory Feb 5-8 and no make-up day, Feb 9-12.
        assertThat(POLICY.classificationDue(date("2027-02-03"), CALENDAR)).isEqualTo(date("2027-02-12"));
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> withReturnWindow(-1)).hasMessageContaining("returnWindowWorkingDays");
        assertThatThrownBy(() -> withReplyAndCap(Period.ofMonths(-3), Period.ofMonths(6)))
                .hasMessageContaining("reply");
    }

    @Test
    void aCapShorterThanTheReplyIsRefused() {
        assertThatThrownBy(() -> withReplyAndCap(Period.ofMonths(3), Period.ofMonths(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extendedReplyCap");
        assertThatThrownBy(() -> withReplyAndCap(Period.ofDays(90), Period.ofDays(89)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(withReplyAndCap(Period.ofMonths(2), Period.ofMonths(2)).reply())
                .isEqualTo(Period.ofMonths(2));
    }

    @Test
    void aKeyProposalCanBeGivenAShorterReplyTime() {
        DeadlinePolicy d = DeadlinePolicy.defaults();
        DeadlinePolicy twoMonthsForKeyProposals = new DeadlinePolicy(
                d.returnWindowWorkingDays(),
                d.preHandlingContactWorkingDays(),
                d.coHandlerOpinion(),
                d.reply(),
                Period.ofMonths(2),
                d.extendedReplyCap(),
                d.reminderBeforeDue(),
                d.evaluationWindowWorkingDays(),
                d.rehandleReply(),
                d.maxRehandles(),
                d.coSignerConfirmation(),
                d.classificationWorkingDays());
        WorkingDayCalendar calendar = WorkingDayCalendar.loadDefault();
        LocalDate assigned = LocalDate.of(2026, 3, 2);
        assertThat(twoMonthsForKeyProposals.replyDue(assigned, true, calendar)).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(twoMonthsForKeyProposals.replyDue(assigned, false, calendar)).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(d.replyDue(assigned, true, calendar)).isEqualTo(d.replyDue(assigned, false, calendar));
    }

    private static DeadlinePolicy withReturnWindow(int workingDays) {
        DeadlinePolicy d = DeadlinePolicy.defaults();
        return new DeadlinePolicy(
                workingDays,
                d.preHandlingContactWorkingDays(),
                d.coHandlerOpinion(),
                d.reply(),
                d.keyProposalReply(),
                d.extendedReplyCap(),
                d.reminderBeforeDue(),
                d.evaluationWindowWorkingDays(),
                d.rehandleReply(),
                d.maxRehandles(),
                d.coSignerConfirmation(),
                d.classificationWorkingDays());
    }

    private static DeadlinePolicy withReplyAndCap(Period reply, Period cap) {
        DeadlinePolicy d = DeadlinePolicy.defaults();
        return new DeadlinePolicy(
                d.returnWindowWorkingDays(),
                d.preHandlingContactWorkingDays(),
                d.coHandlerOpinion(),
                reply,
                reply,
                cap,
                d.reminderBeforeDue(),
                d.evaluationWindowWorkingDays(),
                d.rehandleReply(),
                d.maxRehandles(),
                d.coSignerConfirmation(),
                d.classificationWorkingDays());
    }
}
