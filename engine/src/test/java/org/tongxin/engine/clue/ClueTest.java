package org.tongxin.engine.clue;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.clue.ClueMother.CLOCK;
import static org.tongxin.engine.clue.ClueMother.CLUE;
import static org.tongxin.engine.clue.ClueMother.EARLIER_CLUE;
import static org.tongxin.engine.clue.ClueMother.MEMBER;
import static org.tongxin.engine.clue.ClueMother.MEMBER2;
import static org.tongxin.engine.clue.ClueMother.NOW;
import static org.tongxin.engine.clue.ClueMother.STAFF;
import static org.tongxin.engine.clue.ClueMother.SYSTEM;
import static org.tongxin.engine.clue.ClueMother.adopted;
import static org.tongxin.engine.clue.ClueMother.classified;
import static org.tongxin.engine.clue.ClueMother.classify;
import static org.tongxin.engine.clue.ClueMother.clueRegistered;
import static org.tongxin.engine.clue.ClueMother.convertedToProposal;
import static org.tongxin.engine.clue.ClueMother.feedback;
import static org.tongxin.engine.clue.ClueMother.registerClue;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;

class ClueTest {

    private AggregateTestFixture<Clue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Clue.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void registeringPutsTheClueInThePool() {
        fixture.givenNoPriorActivity()
                .when(registerClue())
                .expectSuccessfulHandlerExecution()
                .expectEvents(clueRegistered());
    }

    @Test
    void aClueWithoutContentIsRefused() {
        RegisterClue empty = new RegisterClue(
                CLUE, "TX-0000TEST", "标题", "  ", ClueSource.CITIZEN_IDEA, null, null, null, ActorRef.citizen());
        fixture.givenNoPriorActivity()
                .when(empty)
                .expectNoEvents()
                .expectException(violates(ClueRule.TITLE_AND_CONTENT_REQUIRED));
    }

    @Test
    void aClueLongerThanTheLimitIsRefused() {
        RegisterClue huge = new RegisterClue(
                CLUE,
                "TX-0000TEST",
                "标题",
                "字".repeat(ClueLimits.CONTENT_MAX + 1),
                ClueSource.CITIZEN_IDEA,
                null,
                null,
                null,
                ActorRef.citizen());
        fixture.givenNoPriorActivity().when(huge).expectNoEvents().expectException(violates(ClueRule.TOO_LONG));
    }

    @Test
    void aSubmittersContactIsKeptOnlyWithTheirConsent() {
        RegisterClue withoutConsent = new RegisterClue(
                CLUE,
                "TX-0000TEST",
                "标题",
                "内容",
                ClueSource.CITIZEN_IDEA,
                null,
                null,
                new Submitter(null, "13812345678", false),
                ActorRef.citizen());
        fixture.givenNoPriorActivity()
                .when(withoutConsent)
                .expectNoEvents()
                .expectException(violates(ClueRule.CONTACT_WITHOUT_CONSENT));
    }

    @Test
    void staffPublishesAClueForAdoption() {
        fixture.given(clueRegistered())
                .when(classify(ClueRoute.PUBLISH_FOR_ADOPTION))
                .expectEvents(new ClueClassified(
                        CLUE, "交通出行", "龙城街道", ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF, NOW));
    }

    @Test
    void decliningNamesTheGroundAndWhereTheClueWasRedirected() {
        ClassifyClue decline = new ClassifyClue(
                CLUE, "信访", null, ClueRoute.DECLINE, DeclineGround.PETITION_LETTER_MATTER, "区信访局", null, STAFF);
        fixture.given(clueRegistered())
                .when(decline)
                .expectEvents(new ClueClassified(
                        CLUE,
                        "信访",
                        null,
                        ClueRoute.DECLINE,
                        DeclineGround.PETITION_LETTER_MATTER,
                        "区信访局",
                        null,
                        STAFF,
                        NOW));
    }

    @Test
    void aStreetOrARedirectionLongerThanItsLimitIsRefused() {
        fixture.given(clueRegistered())
                .when(new ClassifyClue(
                        CLUE,
                        "交通出行",
                        "街".repeat(ClueLimits.STREET_MAX + 1),
                        ClueRoute.PUBLISH_FOR_ADOPTION,
                        null,
                        null,
                        null,
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ClueRule.CLASSIFICATION_TOO_LONG));
        fixture.given(clueRegistered())
                .when(new ClassifyClue(
                        CLUE,
                        "交通出行",
                        null,
                        ClueRoute.DECLINE,
                        DeclineGround.ADVERTISING,
                        "引".repeat(ClueLimits.REDIRECTED_TO_MAX + 1),
                        null,
                        STAFF))
                .expectNoEvents()
                .expectException(violates(ClueRule.CLASSIFICATION_TOO_LONG));
    }

    @Test
    void decliningWithoutAGroundIsRefused() {
        fixture.given(clueRegistered())
                .when(classify(ClueRoute.DECLINE))
                .expectNoEvents()
                .expectException(violates(ClueRule.DECLINE_NEEDS_GROUND));
    }

    @Test
    void mergingIntoItselfIsRefused() {
        ClassifyClue self = new ClassifyClue(CLUE, "交通出行", null, ClueRoute.MERGE, null, null, CLUE, STAFF);
        fixture.given(clueRegistered())
                .when(self)
                .expectNoEvents()
                .expectException(violates(ClueRule.MERGE_NEEDS_OTHER_CLUE));
    }

    @Test
    void mergingIntoAnEarlierClueRecordsIt() {
        ClassifyClue merge = new ClassifyClue(CLUE, "交通出行", null, ClueRoute.MERGE, null, null, EARLIER_CLUE, STAFF);
        fixture.given(clueRegistered())
                .when(merge)
                .expectEvents(
                        new ClueClassified(CLUE, "交通出行", null, ClueRoute.MERGE, null, null, EARLIER_CLUE, STAFF, NOW));
    }

    @Test
    void classifyingNeedsACategory() {
        ClassifyClue noCategory =
                new ClassifyClue(CLUE, " ", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF);
        fixture.given(clueRegistered())
                .when(noCategory)
                .expectNoEvents()
                .expectException(violates(ClueRule.CATEGORY_REQUIRED));
    }

    @Test
    void aClassifiedClueCannotBeClassifiedAgain() {
        fixture.given(
                        clueRegistered(),
                        new ClueClassified(
                                CLUE, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF, NOW))
                .when(classify(ClueRoute.CONSULTATION_TOPIC))
                .expectNoEvents()
                .expectException(violates(ClueRule.NOT_REGISTERED));
    }

    @Test
    void onlyStaffClassifies() {
        ClassifyClue byMember =
                new ClassifyClue(CLUE, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, MEMBER);
        fixture.given(clueRegistered())
                .when(byMember)
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void theEarlierClueRecordsTheClueMergedIntoIt() {
        fixture.given(clueRegistered())
                .when(new AbsorbClue(CLUE, EARLIER_CLUE, SYSTEM))
                .expectEvents(new ClueAbsorbed(CLUE, EARLIER_CLUE, SYSTEM, NOW));
    }

    @Test
    void aMergedClueTakesInNoOtherClue() {
        ClueClassified merged =
                new ClueClassified(CLUE, "交通出行", null, ClueRoute.MERGE, null, null, EARLIER_CLUE, STAFF, NOW);
        fixture.given(clueRegistered(), merged)
                .when(new AbsorbClue(CLUE, new ClueId("clue-9"), SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.CANNOT_ABSORB));
    }

    @Test
    void aClueIsNotAbsorbedIntoItself() {
        fixture.given(clueRegistered())
                .when(new AbsorbClue(CLUE, CLUE, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.ABSORB_ITSELF));
    }

    @Test
    void aMemberAdoptsAPublishedClue() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION))
                .when(new AdoptClue(CLUE, MEMBER))
                .expectEvents(adopted());
    }

    @Test
    void theFirstAdoptionWins() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION), adopted())
                .when(new AdoptClue(CLUE, MEMBER2))
                .expectNoEvents()
                .expectException(violates(ClueRule.ALREADY_ADOPTED));
    }

    @Test
    void anUnpublishedClueCannotBeAdopted() {
        fixture.given(clueRegistered())
                .when(new AdoptClue(CLUE, MEMBER))
                .expectNoEvents()
                .expectException(violates(ClueRule.NOT_PUBLISHED));
    }

    @Test
    void onlyMembersAdopt() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION))
                .when(new AdoptClue(CLUE, STAFF))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void theAdopterRecordsTheProposalDraftedFromTheClue() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION), adopted())
                .when(new ConvertClue(CLUE, ConversionTarget.PROPOSAL, "proposal-1", MEMBER))
                .expectEvents(convertedToProposal());
    }

    @Test
    void anotherMemberCannotConvertTheAdoptedClue() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION), adopted())
                .when(new ConvertClue(CLUE, ConversionTarget.PROPOSAL, "proposal-1", MEMBER2))
                .expectNoEvents()
                .expectException(violates(ClueRule.NOT_THE_ADOPTER));
    }

    @Test
    void aClueRoutedToConsultationBecomesATopicNotAProposal() {
        fixture.given(clueRegistered(), classified(ClueRoute.CONSULTATION_TOPIC))
                .when(new ConvertClue(CLUE, ConversionTarget.PROPOSAL, "proposal-1", STAFF))
                .expectNoEvents()
                .expectException(violates(ClueRule.CONVERSION_NOT_ROUTED));
        fixture.given(clueRegistered(), classified(ClueRoute.CONSULTATION_TOPIC))
                .when(new ConvertClue(CLUE, ConversionTarget.CONSULTATION_TOPIC, "topic-1", STAFF))
                .expectEvents(new ClueConverted(CLUE, ConversionTarget.CONSULTATION_TOPIC, "topic-1", STAFF, NOW));
    }

    @Test
    void aConversionNamesItsTarget() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLIC_OPINION_REPORT))
                .when(new ConvertClue(CLUE, ConversionTarget.PUBLIC_OPINION_REPORT, " ", STAFF))
                .expectNoEvents()
                .expectException(violates(ClueRule.TARGET_ID_REQUIRED));
    }

    @Test
    void feedbackFromADownstreamOutcomeIsRecordedOnce() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION), adopted(), convertedToProposal())
                .when(new RecordFeedback(CLUE, "proposal-1", "交通运输局已增设护栏，A类办结。", SYSTEM))
                .expectEvents(feedback());
        fixture.given(
                        clueRegistered(),
                        classified(ClueRoute.PUBLISH_FOR_ADOPTION),
                        adopted(),
                        convertedToProposal(),
                        feedback())
                .when(new RecordFeedback(CLUE, "proposal-1", "again", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.FEEDBACK_ALREADY_RECORDED));
    }

    @Test
    void feedbackNamesTheCluesMergedIntoThisOneSoTheyHearToo() {
        fixture.given(
                        clueRegistered(),
                        new ClueAbsorbed(CLUE, EARLIER_CLUE, SYSTEM, NOW),
                        classified(ClueRoute.PUBLISH_FOR_ADOPTION),
                        adopted(),
                        convertedToProposal())
                .when(new RecordFeedback(CLUE, "proposal-1", "交通运输局已增设护栏，A类办结。", SYSTEM))
                .expectEvents(new FeedbackRecorded(
                        CLUE, "proposal-1", "交通运输局已增设护栏，A类办结。", List.of(EARLIER_CLUE), SYSTEM, NOW, null));
    }

    @Test
    void anUnclassifiedClueGetsNoFeedback() {
        fixture.given(clueRegistered())
                .when(new RecordFeedback(CLUE, "proposal-1", "结果", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.FEEDBACK_BEFORE_OUTCOME));
    }

    @Test
    void feedbackNeedsASummary() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION))
                .when(new RecordFeedback(CLUE, "proposal-1", "", SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.FEEDBACK_EMPTY));
    }

    @Test
    void aConvertedClueClosesAfterItsFeedback() {
        fixture.given(
                        clueRegistered(),
                        classified(ClueRoute.PUBLISH_FOR_ADOPTION),
                        adopted(),
                        convertedToProposal(),
                        feedback())
                .when(new CloseClue(CLUE, SYSTEM))
                .expectEvents(new ClueClosed(CLUE, ClueStatus.CONVERTED, SYSTEM, NOW));
    }

    @Test
    void aConvertedClueWithoutFeedbackStaysOpen() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION), adopted(), convertedToProposal())
                .when(new CloseClue(CLUE, SYSTEM))
                .expectNoEvents()
                .expectException(violates(ClueRule.CLOSE_WITHOUT_FEEDBACK));
    }

    @Test
    void aPublishedClueWaitingForAnAdopterCannotClose() {
        fixture.given(clueRegistered(), classified(ClueRoute.PUBLISH_FOR_ADOPTION))
                .when(new CloseClue(CLUE, STAFF))
                .expectNoEvents()
                .expectException(violates(ClueRule.CLOSE_WITHOUT_OUTCOME));
    }

    @Test
    void aDeclinedClueClosesWithItsGroundAsTheAnswer() {
        ClueClassified declined = new ClueClassified(
                CLUE, "信访", null, ClueRoute.DECLINE, DeclineGround.PETITION_LETTER_MATTER, "区信访局", null, STAFF, NOW);
        fixture.given(clueRegistered(), declined)
                .when(new CloseClue(CLUE, STAFF))
                .expectEvents(new ClueClosed(CLUE, ClueStatus.DECLINED, STAFF, NOW));
    }

    @Test
    void aClosedClueStillHearsALaterOutcomeOnce() {
        ClueClosed closed = new ClueClosed(CLUE, ClueStatus.CONVERTED, SYSTEM, NOW);
        Object[] history = {
            clueRegistered(),
            classified(ClueRoute.PUBLISH_FOR_ADOPTION),
            adopted(),
            convertedToProposal(),
            feedback(),
            closed
        };
        fixture.given(history)
                .when(new RecordFeedback(CLUE, "instruction-reply:1", "交通运输局答复：已增设护栏。", SYSTEM))
                .expectEvents(new FeedbackRecorded(
                        CLUE, "instruction-reply:1", "交通运输局答复：已增设护栏。", List.of(), SYSTEM, NOW, null));
        fixture.given(history)
                .when(new RecordFeedback(CLUE, "proposal-1", "again", SYSTEM))
                .expectException(violates(ClueRule.FEEDBACK_ALREADY_RECORDED));
    }
}
