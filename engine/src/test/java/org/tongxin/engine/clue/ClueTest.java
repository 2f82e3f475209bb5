package org.tongxin.engine.clue;

import static org.tongxin.engine.clue.ClueMother.CLOCK;
import static org.tongxin.engine.clue.ClueMother.CLUE;
import static org.tongxin.engine.clue.ClueMother.EARLIER_CLUE;
import static org.tongxin.engine.clue.ClueMother.MEMBER;
import static org.tongxin.engine.clue.ClueMother.NOW;
import static org.tongxin.engine.clue.ClueMother.STAFF;
import static org.tongxin.engine.clue.ClueMother.classify;
import static org.tongxin.engine.clue.ClueMother.clueRegistered;
import static org.tongxin.engine.clue.ClueMother.registerClue;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.RuleCode;
import org.tongxin.engine.shared.RuleViolation;

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
                CLUE, "TX-0000TEST", "标题", "  ", ClueSource.CITIZEN_IDEA, null, null, ActorRef.citizen());
        fixture.givenNoPriorActivity().when(empty).expectNoEvents().expectException(rule(RuleCode.CLUE_REGISTER_001));
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
                ActorRef.citizen());
        fixture.givenNoPriorActivity().when(huge).expectNoEvents().expectException(rule(RuleCode.CLUE_REGISTER_002));
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
    void decliningWithoutAGroundIsRefused() {
        fixture.given(clueRegistered())
                .when(classify(ClueRoute.DECLINE))
                .expectNoEvents()
                .expectException(rule(RuleCode.CLUE_CLASSIFY_002));
    }

    @Test
    void mergingIntoItselfIsRefused() {
        ClassifyClue self = new ClassifyClue(CLUE, "交通出行", null, ClueRoute.MERGE, null, null, CLUE, STAFF);
        fixture.given(clueRegistered()).when(self).expectNoEvents().expectException(rule(RuleCode.CLUE_CLASSIFY_003));
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
                .expectException(rule(RuleCode.CLUE_CLASSIFY_004));
    }

    @Test
    void aClassifiedClueCannotBeClassifiedAgain() {
        fixture.given(
                        clueRegistered(),
                        new ClueClassified(
                                CLUE, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF, NOW))
                .when(classify(ClueRoute.CONSULTATION_TOPIC))
                .expectNoEvents()
                .expectException(rule(RuleCode.CLUE_CLASSIFY_001));
    }

    @Test
    void onlyStaffClassifies() {
        ClassifyClue byMember =
                new ClassifyClue(CLUE, "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, MEMBER);
        fixture.given(clueRegistered()).when(byMember).expectNoEvents().expectException(rule(RuleCode.ACTOR_001));
    }

    private static Matcher<Throwable> rule(RuleCode code) {
        return Matchers.predicate((Throwable e) -> e instanceof RuleViolation v && v.rule() == code);
    }
}
