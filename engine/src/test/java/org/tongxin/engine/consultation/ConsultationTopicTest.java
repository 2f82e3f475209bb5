package org.tongxin.engine.consultation;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;

/** The topic's path and every rule it refuses with, given events and a fixed clock (object mother below). */
class ConsultationTopicTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final TopicId TOPIC = new TopicId("topic-1");
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef LEADER = ActorRef.of("leader", Role.LEADER);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    private static final DepartmentCode EDUCATION = new DepartmentCode("education");
    private static final ActorRef TRANSPORT_OFFICER = ActorRef.officer("dept-transport", TRANSPORT);
    private static final ActorRef EDUCATION_OFFICER = ActorRef.officer("dept-education", EDUCATION);
    private static final HandlingId S1_TRANSPORT = HandlingId.of(SuggestionSource.of(TOPIC, 1), TRANSPORT, 1);
    private static final HandlingId S2_EDUCATION = HandlingId.of(SuggestionSource.of(TOPIC, 2), EDUCATION, 1);
    private static final Instant CLOSES = NOW.plusSeconds(7 * 86_400);

    private AggregateTestFixture<ConsultationTopic> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConsultationTopic.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZONE));
    }

    // --- object mother -----------------------------------------------------------------------------------------

    private static TopicCreated created(TopicKind kind) {
        return new TopicCreated(
                TOPIC,
                "海吉星市场周边交通拥堵",
                "市场周边早晚高峰拥堵，行人过街困难。",
                kind,
                TopicOrigin.CLUES,
                "龙岗区",
                "布吉街道",
                null,
                List.of("member"),
                List.of(TRANSPORT),
                List.of("clue-1"),
                STAFF,
                NOW);
    }

    private static TopicCreated created() {
        return created(TopicKind.NEIGHBOURHOOD);
    }

    private static TopicApproved approved() {
        return new TopicApproved(TOPIC, null, LEADER, NOW);
    }

    private static MeetingScheduled scheduled(Instant onlineClosesAt) {
        return new MeetingScheduled(
                TOPIC, TODAY.plusDays(10), "布吉街道办", Participants.none(), onlineClosesAt, STAFF, NOW);
    }

    private static MeetingHeld held() {
        return new MeetingHeld(
                TOPIC,
                TODAY,
                new Participants(List.of("member"), List.of(TRANSPORT), 12, List.of()),
                "与会各方同意建设人行天桥。",
                STAFF,
                NOW);
    }

    private static SuggestionItemized suggestion(int n, DepartmentCode department) {
        return new SuggestionItemized(TOPIC, n, "建议" + n, List.of(department), null, STAFF, NOW);
    }

    private static SuggestionsTransferred transferred() {
        return new SuggestionsTransferred(TOPIC, List.of(S1_TRANSPORT, S2_EDUCATION), TODAY, STAFF, NOW);
    }

    private static Object[] followingUp() {
        return new Object[] {
            created(),
            approved(),
            scheduled(null),
            held(),
            suggestion(1, TRANSPORT),
            suggestion(2, EDUCATION),
            transferred()
        };
    }

    private static SuggestionAnswered answered(HandlingId handling, int n, ActorRef by, Adoption adoption) {
        return new SuggestionAnswered(
                TOPIC, n, handling, handling.department(), adoption, "已落实", TODAY.plusMonths(3), null, by, NOW);
    }

    private static CreateTopic create(TopicOrigin origin, List<String> clues, ActorRef by) {
        return new CreateTopic(
                TOPIC,
                "海吉星市场周边交通拥堵",
                "市场周边早晚高峰拥堵，行人过街困难。",
                TopicKind.NEIGHBOURHOOD,
                origin,
                "龙岗区",
                "布吉街道",
                null,
                List.of("member"),
                List.of(TRANSPORT),
                clues,
                by);
    }

    // --- creation and approval -----------------------------------------------------------------------------------

    @Test
    void theOfficeMakesATopicFromARoutedClue() {
        fixture.givenNoPriorActivity()
                .when(create(TopicOrigin.CLUES, List.of("clue-1"), STAFF))
                .expectEvents(created());
    }

    @Test
    void aTopicNeedsATitleAndBackground() {
        fixture.givenNoPriorActivity()
                .when(new CreateTopic(
                        TOPIC,
                        " ",
                        "背景",
                        TopicKind.THEMATIC,
                        TopicOrigin.MEMBERS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        MEMBER))
                .expectException(violates(TopicRule.TITLE_REQUIRED));
    }

    @Test
    void aHugeTitleIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateTopic(
                        TOPIC,
                        "长".repeat(201),
                        "背景",
                        TopicKind.THEMATIC,
                        TopicOrigin.MEMBERS,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        MEMBER))
                .expectException(violates(TopicRule.TOO_LONG));
    }

    @Test
    void aTopicFromCluesNamesAClue() {
        fixture.givenNoPriorActivity()
                .when(create(TopicOrigin.CLUES, List.of(), STAFF))
                .expectException(violates(TopicRule.CLUES_REQUIRED));
    }

    @Test
    void onlyTheOfficeConvertsClues() {
        fixture.givenNoPriorActivity()
                .when(create(TopicOrigin.CLUES, List.of("clue-1"), MEMBER))
                .expectException(violates(TopicRule.ONLY_STAFF_CONVERTS_CLUES));
    }

    @Test
    void aDepartmentOfficerCannotProposeATopic() {
        fixture.givenNoPriorActivity()
                .when(create(TopicOrigin.MEMBERS, List.of(), TRANSPORT_OFFICER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aLeaderApprovesAProposedTopic() {
        fixture.given(created()).when(new ApproveTopic(TOPIC, null, LEADER)).expectEvents(approved());
    }

    @Test
    void anApprovedTopicIsNotApprovedAgain() {
        fixture.given(created(), approved())
                .when(new ApproveTopic(TOPIC, null, LEADER))
                .expectException(violates(TopicRule.NOT_PROPOSED));
    }

    @Test
    void aRefusalCarriesItsReasonAndTheClues() {
        fixture.given(created())
                .when(new RefuseTopic(TOPIC, "已列入区政府年度计划", LEADER))
                .expectEvents(new TopicRefused(TOPIC, "海吉星市场周边交通拥堵", "已列入区政府年度计划", List.of("clue-1"), LEADER, NOW));
    }

    @Test
    void aRefusalNeedsAReason() {
        fixture.given(created())
                .when(new RefuseTopic(TOPIC, "", LEADER))
                .expectException(violates(TopicRule.REFUSAL_NEEDS_REASON));
    }

    // --- preparation ---------------------------------------------------------------------------------------------

    @Test
    void membersRecordResearchVisitsNumberedInOrder() {
        fixture.given(created(), approved())
                .when(new RecordResearchVisit(TOPIC, TODAY, "海吉星市场", "商户、居民", "过街需绕行800米", MEMBER))
                .expectEvents(new ResearchVisitRecorded(TOPIC, 1, TODAY, "海吉星市场", "商户、居民", "过街需绕行800米", MEMBER, NOW));
    }

    @Test
    void researchBeforeApprovalIsRefused() {
        fixture.given(created())
                .when(new RecordResearchVisit(TOPIC, TODAY, "海吉星市场", null, "拥堵", MEMBER))
                .expectException(violates(TopicRule.NOT_IN_PREPARATION));
    }

    @Test
    void aVisitHasItsFindings() {
        fixture.given(created(), approved())
                .when(new RecordResearchVisit(TOPIC, TODAY, "海吉星市场", null, " ", MEMBER))
                .expectException(violates(TopicRule.VISIT_INCOMPLETE));
    }

    @Test
    void aResearchReportHasText() {
        fixture.given(created(), approved())
                .when(new RecordResearchReport(TOPIC, "", "草拟建议", MEMBER))
                .expectException(violates(TopicRule.REPORT_REQUIRED));
    }

    // --- meeting -------------------------------------------------------------------------------------------------

    @Test
    void aMeetingIsScheduledForAnApprovedTopic() {
        fixture.given(created())
                .when(new ScheduleMeeting(TOPIC, TODAY, "街道办", Participants.none(), null, STAFF))
                .expectException(violates(TopicRule.NOT_APPROVED));
    }

    @Test
    void aMeetingHasAPlace() {
        fixture.given(created(), approved())
                .when(new ScheduleMeeting(TOPIC, TODAY, " ", Participants.none(), null, STAFF))
                .expectException(violates(TopicRule.MEETING_INCOMPLETE));
    }

    @Test
    void anOnlineTopicNeedsAClosingTimeInTheFuture() {
        fixture.given(created(TopicKind.ONLINE), approved())
                .when(new ScheduleMeeting(TOPIC, TODAY, "线上", Participants.none(), NOW.minusSeconds(1), STAFF))
                .expectException(violates(TopicRule.ONLINE_NEEDS_CLOSING_TIME));
    }

    @Test
    void aMeetingIsHeldOnlyAfterItWasScheduled() {
        fixture.given(created(), approved())
                .when(new RecordMeeting(TOPIC, TODAY, Participants.none(), "纪要", STAFF))
                .expectException(violates(TopicRule.NOT_SCHEDULED));
    }

    @Test
    void aHeldMeetingHasMinutes() {
        fixture.given(created(), approved(), scheduled(null))
                .when(new RecordMeeting(TOPIC, TODAY, Participants.none(), "", STAFF))
                .expectException(violates(TopicRule.MINUTES_REQUIRED));
    }

    @Test
    void theMeetingWaitsForOnlineParticipationToClose() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .when(new RecordMeeting(TOPIC, TODAY, Participants.none(), "纪要", STAFF))
                .expectException(violates(TopicRule.ONLINE_STILL_OPEN));
    }

    // --- suggestions and transfer --------------------------------------------------------------------------------

    @Test
    void suggestionsAreNumberedInOrder() {
        fixture.given(created(), approved(), scheduled(null), held(), suggestion(1, TRANSPORT))
                .when(new ItemizeSuggestion(TOPIC, "建议2", List.of(EDUCATION), STAFF))
                .expectEvents(suggestion(2, EDUCATION));
    }

    @Test
    void suggestionsAreNotItemizedBeforeTheMeetingIsScheduled() {
        fixture.given(created(), approved())
                .when(new ItemizeSuggestion(TOPIC, "建议", List.of(TRANSPORT), STAFF))
                .expectException(violates(TopicRule.NOT_ITEMIZABLE));
    }

    @Test
    void aSuggestionNamesADepartment() {
        fixture.given(created(), approved(), scheduled(null), held())
                .when(new ItemizeSuggestion(TOPIC, "建议", List.of(), STAFF))
                .expectException(violates(TopicRule.SUGGESTION_INCOMPLETE));
    }

    @Test
    void aSuggestionNamesEachDepartmentOnce() {
        fixture.given(created(), approved(), scheduled(null), held())
                .when(new ItemizeSuggestion(TOPIC, "建议", List.of(TRANSPORT, TRANSPORT), STAFF))
                .expectException(violates(TopicRule.DEPARTMENT_NAMED_TWICE));
    }

    @Test
    void transferOpensOneHandlingPerSuggestionAndDepartment() {
        fixture.given(
                        created(),
                        approved(),
                        scheduled(null),
                        held(),
                        suggestion(1, TRANSPORT),
                        suggestion(2, EDUCATION))
                .when(new TransferSuggestions(TOPIC, STAFF))
                .expectEvents(transferred());
    }

    @Test
    void aMeetingWithoutSuggestionsTransfersNothing() {
        fixture.given(created(), approved(), scheduled(null), held())
                .when(new TransferSuggestions(TOPIC, STAFF))
                .expectException(violates(TopicRule.NOTHING_TO_TRANSFER));
    }

    // --- answers and follow-up -----------------------------------------------------------------------------------

    @Test
    void theLastAnswerClosesTheFollowUp() {
        fixture.given(followingUp())
                .andGiven(answered(S1_TRANSPORT, 1, TRANSPORT_OFFICER, Adoption.ADOPTED))
                .when(new RecordSuggestionAnswer(
                        TOPIC,
                        S2_EDUCATION,
                        Adoption.ALREADY_DONE,
                        "已落实",
                        TODAY.plusMonths(3),
                        null,
                        EDUCATION_OFFICER))
                .expectEvents(
                        answered(S2_EDUCATION, 2, EDUCATION_OFFICER, Adoption.ALREADY_DONE),
                        new FollowUpClosed(TOPIC, true, 0, null, ActorRef.system(), NOW));
    }

    @Test
    void anAnswerBeforeTheTransferIsRefused() {
        fixture.given(created(), approved())
                .when(new RecordSuggestionAnswer(
                        TOPIC, S1_TRANSPORT, Adoption.ADOPTED, "已落实", null, null, TRANSPORT_OFFICER))
                .expectException(violates(TopicRule.NOT_FOLLOWING_UP));
    }

    @Test
    void anAnswerAboutAnotherSuggestionIsRefused() {
        HandlingId other = HandlingId.of(SuggestionSource.of(TOPIC, 9), TRANSPORT, 1);
        fixture.given(followingUp())
                .when(new RecordSuggestionAnswer(TOPIC, other, Adoption.ADOPTED, "已落实", null, null, TRANSPORT_OFFICER))
                .expectException(violates(TopicRule.UNKNOWN_HANDLING));
    }

    @Test
    void aDepartmentAnswersOnlyItsOwnSuggestions() {
        fixture.given(followingUp())
                .when(new RecordSuggestionAnswer(
                        TOPIC, S1_TRANSPORT, Adoption.ADOPTED, "已落实", null, null, EDUCATION_OFFICER))
                .expectException(violates(TopicRule.NOT_YOUR_DEPARTMENT));
    }

    @Test
    void notAdoptingNeedsAReason() {
        fixture.given(followingUp())
                .when(new RecordSuggestionAnswer(
                        TOPIC, S1_TRANSPORT, Adoption.NOT_ADOPTED, "暂无条件", null, " ", TRANSPORT_OFFICER))
                .expectException(violates(TopicRule.NOT_ADOPTED_NEEDS_REASON));
    }

    @Test
    void aDepartmentAnswersOnce() {
        fixture.given(followingUp())
                .andGiven(answered(S1_TRANSPORT, 1, TRANSPORT_OFFICER, Adoption.ADOPTED))
                .when(new RecordSuggestionAnswer(
                        TOPIC, S1_TRANSPORT, Adoption.ADOPTED, "已落实", null, null, TRANSPORT_OFFICER))
                .expectException(violates(TopicRule.ALREADY_ANSWERED));
    }

    @Test
    void anAnswerAfterTheOfficeClosedTheFollowUpIsStillRecorded() {
        fixture.given(followingUp())
                .andGiven(new FollowUpClosed(TOPIC, false, 2, "换届", STAFF, NOW))
                .when(new RecordSuggestionAnswer(
                        TOPIC, S1_TRANSPORT, Adoption.ADOPTED, "已落实", TODAY.plusMonths(3), null, TRANSPORT_OFFICER))
                .expectEvents(answered(S1_TRANSPORT, 1, TRANSPORT_OFFICER, Adoption.ADOPTED));
    }

    @Test
    void theOfficeAsksADepartmentAgain() {
        fixture.given(followingUp())
                .when(new AskDepartmentAgain(TOPIC, S1_TRANSPORT, "请于本周内答复", STAFF))
                .expectEvents(new DepartmentAskedAgain(TOPIC, S1_TRANSPORT, "请于本周内答复", STAFF, NOW));
    }

    @Test
    void askingAgainSaysWhatIsAsked() {
        fixture.given(followingUp())
                .when(new AskDepartmentAgain(TOPIC, S1_TRANSPORT, "", STAFF))
                .expectException(violates(TopicRule.NOTE_REQUIRED));
    }

    @Test
    void closingWithSuggestionsOpenNeedsAReason() {
        fixture.given(followingUp())
                .when(new CloseFollowUp(TOPIC, " ", STAFF))
                .expectException(violates(TopicRule.CLOSE_NEEDS_REASON));
    }

    @Test
    void theOfficeClosesTheFollowUpWithAReason() {
        fixture.given(followingUp())
                .when(new CloseFollowUp(TOPIC, "部门机构调整", STAFF))
                .expectEvents(new FollowUpClosed(TOPIC, false, 2, "部门机构调整", STAFF, NOW));
    }

    // --- result ----------------------------------------------------------------------------------------------------

    @Test
    void theResultCountsAdoptedAnswersAndIsSubmittedAsAReport() {
        fixture.given(followingUp())
                .andGiven(
                        answered(S1_TRANSPORT, 1, TRANSPORT_OFFICER, Adoption.ADOPTED),
                        answered(S2_EDUCATION, 2, EDUCATION_OFFICER, Adoption.NOT_ADOPTED),
                        new FollowUpClosed(TOPIC, true, 0, null, ActorRef.system(), NOW))
                .when(new RecordResult(TOPIC, "建成人行天桥", true, STAFF))
                .expectEvents(
                        new ConsultationResultRecorded(
                                TOPIC, "海吉星市场周边交通拥堵", "建成人行天桥", 2, 2, 1, List.of("clue-1"), STAFF, NOW),
                        new ConsultationResultSubmittedAsReport(TOPIC, "海吉星市场周边交通拥堵", "建成人行天桥", STAFF, NOW));
    }

    @Test
    void theResultFollowsTheClosedFollowUp() {
        fixture.given(followingUp())
                .when(new RecordResult(TOPIC, "成果", false, STAFF))
                .expectException(violates(TopicRule.NOT_CLOSED));
    }

    @Test
    void theResultHasASummary() {
        fixture.given(followingUp())
                .andGiven(new FollowUpClosed(TOPIC, false, 2, "换届", STAFF, NOW))
                .when(new RecordResult(TOPIC, "", false, STAFF))
                .expectException(violates(TopicRule.SUMMARY_REQUIRED));
    }

    // --- online participation --------------------------------------------------------------------------------------

    private static OpinionSubmitted opinion(int n) {
        return new OpinionSubmitted(TOPIC, n, "T" + n, "建议增设过街天桥", null, null, false, ActorRef.citizen(), NOW);
    }

    @Test
    void thePublicGivesOpinionsWhileTheTopicIsOpen() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .when(new SubmitOpinion(TOPIC, "T1", "建议增设过街天桥", null, null, false, ActorRef.citizen()))
                .expectEvents(opinion(1));
    }

    @Test
    void aClosedTopicTakesNoOpinions() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .andGiven(new OnlineParticipationClosed(TOPIC, 0, ActorRef.system(), NOW))
                .when(new SubmitOpinion(TOPIC, "T1", "意见", null, null, false, ActorRef.citizen()))
                .expectException(violates(TopicRule.NOT_OPEN_ONLINE));
    }

    @Test
    void anOpinionHasText() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .when(new SubmitOpinion(TOPIC, "T1", " ", null, null, false, ActorRef.citizen()))
                .expectException(violates(TopicRule.OPINION_EMPTY));
    }

    @Test
    void aNameIsKeptOnlyWithConsent() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .when(new SubmitOpinion(TOPIC, "T1", "意见", "张三", null, false, ActorRef.citizen()))
                .expectException(violates(TopicRule.CONTACT_WITHOUT_CONSENT));
    }

    @Test
    void hidingAnOpinionNeedsAReason() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinion(1))
                .when(new ModerateOpinion(TOPIC, 1, false, "", STAFF))
                .expectException(violates(TopicRule.HIDING_NEEDS_REASON));
    }

    private static OpinionSubmitted opinionWithGiver(int n) {
        return new OpinionSubmitted(
                TOPIC, n, "T" + n, "建议增设过街天桥", new Submitter("张三", "13812345678", true), ActorRef.citizen(), NOW);
    }

    @Test
    void theOfficeErasesAnOpinionGiversNameAndPhoneWithAReason() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinionWithGiver(1))
                .when(new EraseOpinionGiver(TOPIC, 1, " 本人申请删除 ", STAFF))
                .expectEvents(new OpinionGiverErased(TOPIC, 1, "本人申请删除", STAFF, NOW));
    }

    @Test
    void erasingAnOpinionGiverNeedsAReason() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinionWithGiver(1))
                .when(new EraseOpinionGiver(TOPIC, 1, " ", STAFF))
                .expectException(violates(TopicRule.ERASURE_NEEDS_REASON));
    }

    @Test
    void anOpinionWithoutNameOrPhoneOrErasedAlreadyHasNothingToErase() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinion(1))
                .when(new EraseOpinionGiver(TOPIC, 1, "本人申请删除", STAFF))
                .expectException(violates(TopicRule.NOTHING_TO_ERASE));
        fixture.given(
                        created(TopicKind.ONLINE),
                        approved(),
                        scheduled(CLOSES),
                        opinionWithGiver(1),
                        new OpinionGiverErased(TOPIC, 1, "本人申请删除", STAFF, NOW))
                .when(new EraseOpinionGiver(TOPIC, 1, "再次申请", STAFF))
                .expectException(violates(TopicRule.NOTHING_TO_ERASE));
    }

    @Test
    void onlyTheOfficeOrTheSystemErasesAnOpinionGiver() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinionWithGiver(1))
                .when(new EraseOpinionGiver(TOPIC, 1, "本人申请删除", LEADER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void moderatingAnUnknownOpinionIsRefused() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES))
                .when(new ModerateOpinion(TOPIC, 7, true, null, STAFF))
                .expectException(violates(TopicRule.UNKNOWN_OPINION));
    }

    @Test
    void onlyAPublishedOpinionIsLifted() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinion(1))
                .when(new LiftOpinion(TOPIC, 1, "增设天桥", List.of(TRANSPORT), STAFF))
                .expectException(violates(TopicRule.OPINION_NOT_PUBLISHED));
    }

    @Test
    void aPublishedOpinionIsLiftedIntoASuggestion() {
        fixture.given(
                        created(TopicKind.ONLINE),
                        approved(),
                        scheduled(CLOSES),
                        opinion(1),
                        new OpinionPublished(TOPIC, 1, STAFF, NOW))
                .when(new LiftOpinion(TOPIC, 1, "增设天桥", List.of(TRANSPORT), STAFF))
                .expectEvents(new SuggestionItemized(TOPIC, 1, "增设天桥", List.of(TRANSPORT), 1, STAFF, NOW));
    }

    @Test
    void closingOnlineParticipationTwiceChangesNothing() {
        fixture.given(created(TopicKind.ONLINE), approved(), scheduled(CLOSES), opinion(1))
                .andGiven(new OnlineParticipationClosed(TOPIC, 1, ActorRef.system(), NOW))
                .when(new CloseOnlineParticipation(TOPIC, ActorRef.system()))
                .expectNoEvents();
    }
}
