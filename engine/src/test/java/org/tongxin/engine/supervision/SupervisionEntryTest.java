package org.tongxin.engine.supervision;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.supervision.SupervisionMother.*;

import java.time.Clock;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;

class SupervisionEntryTest {

    private AggregateTestFixture<SupervisionEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SupervisionEntry.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
        fixture.registerInjectableResource(SupervisionPolicy.defaults());
    }

    private static RegisterSupervisionEntry register(String subject, List<DepartmentCode> departments, int year) {
        return new RegisterSupervisionEntry(
                ENTRY, subject, null, SupervisionType.INSPECTION, year, departments, SOURCES, null, STAFF);
    }

    @Test
    void theOfficeFilesAnEntryInThePool() {
        fixture.givenNoPriorActivity()
                .when(register("  " + SUBJECT + " ", List.of(TRANSPORT), 2026))
                .expectEvents(registered());
    }

    @Test
    void aLeaderFilesAnEntryDirectlyAndItNamesTheLeaderAsItsSource() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupervisionEntry(
                        ENTRY,
                        SUBJECT,
                        "说明",
                        SupervisionType.SPECIAL,
                        2027,
                        List.of(TRANSPORT),
                        List.of(),
                        null,
                        LEADER))
                .expectEvents(new SupervisionEntryRegistered(
                        ENTRY,
                        SUBJECT,
                        "说明",
                        SupervisionType.SPECIAL,
                        2027,
                        List.of(TRANSPORT),
                        List.of(new SupervisionSource(SupervisionSource.Kind.DIRECT, "leader")),
                        LEADER,
                        NOW));
    }

    @Test
    void filingTheSameSourceTwiceFilesOneEntry() {
        fixture.given(registered())
                .when(register(SUBJECT, List.of(TRANSPORT), 2026))
                .expectNoEvents();
    }

    @Test
    void aFindingRoutedStraightToRectificationGoesToItsDepartmentAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupervisionEntry(
                        ENTRY,
                        SUBJECT,
                        null,
                        SupervisionType.INSPECTION,
                        2026,
                        List.of(TRANSPORT),
                        SOURCES,
                        FINDING,
                        SYSTEM))
                .expectEvents(
                        new SupervisionEntryRegistered(
                                ENTRY,
                                SUBJECT,
                                "",
                                SupervisionType.INSPECTION,
                                2026,
                                List.of(TRANSPORT),
                                SOURCES,
                                SYSTEM,
                                NOW),
                        new RectificationOrdered(ENTRY, 1, ROUND_1, TRANSPORT, FINDING, 1, SYSTEM, NOW));
    }

    @Test
    void aMemberDoesNotFileEntries() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupervisionEntry(
                        ENTRY,
                        SUBJECT,
                        null,
                        SupervisionType.SPECIAL,
                        2026,
                        List.of(TRANSPORT),
                        List.of(),
                        null,
                        MEMBER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void anEntryNeedsASubjectOfReasonableLength() {
        fixture.givenNoPriorActivity()
                .when(register(" ", List.of(TRANSPORT), 2026))
                .expectException(violates(SupervisionRule.SUBJECT_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(register("长".repeat(201), List.of(TRANSPORT), 2026))
                .expectException(violates(SupervisionRule.SUBJECT_REQUIRED));
    }

    @Test
    void anEntryNamesItsDepartmentsOnceEach() {
        fixture.givenNoPriorActivity()
                .when(register(SUBJECT, List.of(), 2026))
                .expectException(violates(SupervisionRule.DEPARTMENTS_REQUIRED));
        fixture.givenNoPriorActivity()
                .when(register(SUBJECT, List.of(TRANSPORT, TRANSPORT), 2026))
                .expectException(violates(SupervisionRule.DEPARTMENT_NAMED_TWICE));
    }

    @Test
    void thePlanYearIsNearThisYear() {
        fixture.givenNoPriorActivity()
                .when(register(SUBJECT, List.of(TRANSPORT), 2030))
                .expectException(violates(SupervisionRule.PLAN_YEAR_OUT_OF_RANGE));
    }

    @Test
    void anEntryHasAType() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupervisionEntry(
                        ENTRY, SUBJECT, null, null, 2026, List.of(TRANSPORT), SOURCES, null, STAFF))
                .expectException(violates(SupervisionRule.TYPE_REQUIRED));
    }

    @Test
    void aDescriptionLongerThanTheLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupervisionEntry(
                        ENTRY,
                        SUBJECT,
                        "字".repeat(SupervisionLimits.TEXT_MAX + 1),
                        SupervisionType.SPECIAL,
                        2026,
                        List.of(TRANSPORT),
                        SOURCES,
                        null,
                        STAFF))
                .expectException(violates(SupervisionRule.TEXT_TOO_LONG));
    }

    @Test
    void theTeamIsFormedOfMembersStaffAndTheGovernmentsInspectionOffice() {
        fixture.given(registered())
                .when(new FormSupervisionTeam(ENTRY, List.of("member"), List.of("staff"), true, STAFF))
                .expectEvents(teamFormed());
    }

    @Test
    void aTeamHasAtLeastOneMemberEachNamedOnce() {
        fixture.given(registered())
                .when(new FormSupervisionTeam(ENTRY, List.of(), List.of("staff"), false, STAFF))
                .expectException(violates(SupervisionRule.TEAM_MEMBERS_REQUIRED));
        fixture.given(registered())
                .when(new FormSupervisionTeam(ENTRY, List.of("member", "member"), List.of(), false, STAFF))
                .expectException(violates(SupervisionRule.TEAM_TOO_LARGE));
    }

    @Test
    void anInspectionIsRecordedWithItsFindingsNumbered() {
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(
                        ENTRY,
                        ActivityKind.INSPECTION,
                        TODAY,
                        "龙城广场站",
                        "member, staff",
                        List.of(new Finding(TRANSPORT, FINDING)),
                        false,
                        STAFF))
                .expectEvents(inspected());
    }

    @Test
    void findingsRecordedForRectificationGoToTheirDepartmentsAtOnce() {
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(
                        ENTRY,
                        ActivityKind.INSPECTION,
                        TODAY,
                        "龙城广场站",
                        "member, staff",
                        List.of(new Finding(TRANSPORT, FINDING)),
                        true,
                        STAFF))
                .expectEvents(inspected(), ordered(ROUND_1, 1));
    }

    @Test
    void anInspectionNeedsATeam() {
        fixture.given(registered())
                .when(new RecordInspection(ENTRY, ActivityKind.INSPECTION, TODAY, "站", "", List.of(), false, STAFF))
                .expectException(violates(SupervisionRule.TEAM_FIRST));
    }

    @Test
    void anInspectionHasItsDateAndPlacesAndIsNotInTheFuture() {
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(ENTRY, ActivityKind.INSPECTION, TODAY, " ", "", List.of(), false, STAFF))
                .expectException(violates(SupervisionRule.ACTIVITY_INCOMPLETE));
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(
                        ENTRY, ActivityKind.VISIT, TODAY.plusDays(1), "站", "", List.of(), false, STAFF))
                .expectException(violates(SupervisionRule.ACTIVITY_IN_FUTURE));
    }

    @Test
    void aFindingNamesAConcernedDepartmentAndWhatWasFound() {
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(
                        ENTRY,
                        ActivityKind.INSPECTION,
                        TODAY,
                        "站",
                        "",
                        List.of(new Finding(TRANSPORT, " ")),
                        false,
                        STAFF))
                .expectException(violates(SupervisionRule.FINDING_INCOMPLETE));
        fixture.given(registered(), teamFormed())
                .when(new RecordInspection(
                        ENTRY,
                        ActivityKind.INSPECTION,
                        TODAY,
                        "站",
                        "",
                        List.of(new Finding(EDUCATION, FINDING)),
                        false,
                        STAFF))
                .expectException(violates(SupervisionRule.FINDING_DEPARTMENT_NOT_CONCERNED));
    }

    @Test
    void aFindingGoesToItsDepartmentForRectification() {
        fixture.given(registered(), teamFormed(), inspected())
                .when(new OrderRectification(ENTRY, 1, STAFF))
                .expectEvents(ordered(ROUND_1, 1));
    }

    @Test
    void onlyAKnownFindingIsRectifiedAndOnlyOnce() {
        fixture.given(registered(), teamFormed(), inspected())
                .when(new OrderRectification(ENTRY, 2, STAFF))
                .expectException(violates(SupervisionRule.UNKNOWN_FINDING));
        fixture.given(underRectification())
                .when(new OrderRectification(ENTRY, 1, STAFF))
                .expectException(violates(SupervisionRule.ALREADY_RECTIFYING));
    }

    @Test
    void theDepartmentAnswersWithWhatItRectifiedAndTheEvidence() {
        fixture.given(underRectification())
                .when(new RecordRectificationAnswer(ENTRY, ROUND_1, "已划定停放区", "现场照片12张", TODAY, OFFICER))
                .expectEvents(answered(ROUND_1));
    }

    @Test
    void theSameAnswerDeliveredTwiceIsRecordedOnce() {
        fixture.given(answeredOnce())
                .when(new RecordRectificationAnswer(ENTRY, ROUND_1, "已划定停放区", "现场照片12张", TODAY, SYSTEM))
                .expectNoEvents();
    }

    @Test
    void onlyTheDepartmentTheItemWentToAnswersIt() {
        fixture.given(underRectification())
                .when(new RecordRectificationAnswer(ENTRY, ROUND_1, "已整改", "", TODAY, EDUCATION_OFFICER))
                .expectException(violates(SupervisionRule.NOT_THE_DEPARTMENT));
        fixture.given(underRectification())
                .when(new RecordRectificationAnswer(ENTRY, ROUND_2, "已整改", "", TODAY, OFFICER))
                .expectException(violates(SupervisionRule.UNKNOWN_RECTIFICATION));
        fixture.given(underRectification())
                .when(new RecordRectificationAnswer(ENTRY, ROUND_1, " ", "", TODAY, OFFICER))
                .expectException(violates(SupervisionRule.ANSWER_REQUIRED));
    }

    @Test
    void anAcceptedRectificationIsSettled() {
        fixture.given(answeredOnce())
                .when(new VerifyRectification(ENTRY, ROUND_1, true, "", MEMBER))
                .expectEvents(
                        new RectificationVerified(ENTRY, 1, ROUND_1, RectificationStatus.ACCEPTED, "", MEMBER, NOW));
    }

    @Test
    void aRectificationNotAcceptedGoesBackToTheDepartmentForAnotherRound() {
        fixture.given(answeredOnce())
                .when(new VerifyRectification(ENTRY, ROUND_1, false, "盲道仍被占用", STAFF))
                .expectEvents(
                        new RectificationVerified(
                                ENTRY, 1, ROUND_1, RectificationStatus.NOT_ACCEPTED, "盲道仍被占用", STAFF, NOW),
                        ordered(ROUND_2, 2));
    }

    @Test
    void afterTheLastRoundANotAcceptedRectificationIsUnresolved() {
        fixture.given(
                        registered(),
                        teamFormed(),
                        inspected(),
                        ordered(ROUND_1, 1),
                        answered(ROUND_1),
                        new RectificationVerified(
                                ENTRY, 1, ROUND_1, RectificationStatus.NOT_ACCEPTED, "盲道仍被占用", STAFF, NOW),
                        ordered(ROUND_2, 2),
                        answered(ROUND_2))
                .when(new VerifyRectification(ENTRY, ROUND_2, false, "仍未整改到位", STAFF))
                .expectEvents(new RectificationVerified(
                        ENTRY, 1, ROUND_2, RectificationStatus.UNRESOLVED, "仍未整改到位", STAFF, NOW));
    }

    @Test
    void verificationFollowsTheAnswerAndARefusalSaysWhy() {
        fixture.given(underRectification())
                .when(new VerifyRectification(ENTRY, ROUND_1, true, "", STAFF))
                .expectException(violates(SupervisionRule.NOT_ANSWERED));
        fixture.given(answeredOnce())
                .when(new VerifyRectification(ENTRY, ROUND_1, false, " ", STAFF))
                .expectException(violates(SupervisionRule.OPINION_REQUIRED));
    }

    @Test
    void aMemberOutsideTheTeamDoesNotVerify() {
        fixture.given(answeredOnce())
                .when(new VerifyRectification(ENTRY, ROUND_1, true, "", MEMBER2))
                .expectException(violates(SupervisionRule.NOT_IN_THE_TEAM));
    }

    @Test
    void anEntryClosesWithItsResultForItsSources() {
        fixture.given(answeredOnce())
                .andGiven(new RectificationVerified(ENTRY, 1, ROUND_1, RectificationStatus.ACCEPTED, "", STAFF, NOW))
                .when(new CloseSupervisionEntry(ENTRY, "整改到位，盲道已畅通", LEADER))
                .expectEvents(new SupervisionEntryClosed(ENTRY, "整改到位，盲道已畅通", 1, 0, SOURCES, LEADER, NOW));
    }

    @Test
    void anEntryClosesOnlyWhenEveryItemIsVerifiedAndWithAResult() {
        fixture.given(answeredOnce())
                .when(new CloseSupervisionEntry(ENTRY, "结果", STAFF))
                .expectException(violates(SupervisionRule.RECTIFICATION_OPEN));
        fixture.given(registered(), teamFormed())
                .when(new CloseSupervisionEntry(ENTRY, " ", STAFF))
                .expectException(violates(SupervisionRule.RESULT_REQUIRED));
    }

    @Test
    void aClosedEntryTakesNoMoreWork() {
        fixture.given(registered(), teamFormed(), new SupervisionEntryClosed(ENTRY, "结果", 0, 0, SOURCES, STAFF, NOW))
                .when(new FormSupervisionTeam(ENTRY, List.of("member"), List.of(), false, STAFF))
                .expectException(violates(SupervisionRule.ENTRY_CLOSED));
    }
}
