package org.tongxin.engine.clue;

import static org.tongxin.engine.RuleMatchers.violates;
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
                CLUE, "TX-0000TEST", "标题", "  ", ClueSource.CITIZEN_IDEA, null, null, ActorRef.citizen());
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
                ActorRef.citizen());
        fixture.givenNoPriorActivity().when(huge).expectNoEvents().expectException(violates(ClueRule.TOO_LONG));
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
}
