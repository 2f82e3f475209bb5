package org.tongxin.engine.clue;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.clue.ClueMother.CLOCK;
import static org.tongxin.engine.clue.ClueMother.CLUE;
import static org.tongxin.engine.clue.ClueMother.MEMBER;
import static org.tongxin.engine.clue.ClueMother.NOW;
import static org.tongxin.engine.clue.ClueMother.STAFF;
import static org.tongxin.engine.clue.ClueMother.SYSTEM;
import static org.tongxin.engine.clue.ClueMother.clueRegistered;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRule;

/** The office, or the retention job, erases what a clue keeps of its submitter; the clue itself stays. */
class SubmitterErasureTest {

    private AggregateTestFixture<Clue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Clue.class);
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void theOfficeErasesASubmittersContactWithTheReason() {
        fixture.given(clueRegistered())
                .when(new EraseSubmitter(CLUE, " 本人来电要求删除 ", STAFF))
                .expectEvents(new SubmitterErased(CLUE, "本人来电要求删除", STAFF, NOW));
    }

    @Test
    void theRetentionJobErasesAsTheSystem() {
        fixture.given(clueRegistered())
                .when(new EraseSubmitter(CLUE, "保存期限届满", SYSTEM))
                .expectEvents(new SubmitterErased(CLUE, "保存期限届满", SYSTEM, NOW));
    }

    @Test
    void erasureNeedsAReason() {
        fixture.given(clueRegistered())
                .when(new EraseSubmitter(CLUE, "  ", STAFF))
                .expectException(violates(ClueRule.ERASURE_NEEDS_REASON));
    }

    @Test
    void onlyTheOfficeOrTheSystemErases() {
        fixture.given(clueRegistered())
                .when(new EraseSubmitter(CLUE, "想删", MEMBER))
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void anErasedSubmitterIsNotErasedTwice() {
        fixture.given(clueRegistered(), new SubmitterErased(CLUE, "本人要求", STAFF, NOW))
                .when(new EraseSubmitter(CLUE, "再次", STAFF))
                .expectException(violates(ClueRule.NOTHING_TO_ERASE));
    }

    @Test
    void aRegistrationReadBackWithoutItsKeyHasNothingLeftToErase() {
        ClueRegistered sealedAway = clueRegistered();
        ClueRegistered keyDestroyed = new ClueRegistered(
                sealedAway.clueId(),
                sealedAway.trackingCode(),
                sealedAway.title(),
                sealedAway.content(),
                sealedAway.source(),
                sealedAway.location(),
                sealedAway.attribution(),
                Submitter.erased(true),
                sealedAway.registeredBy(),
                sealedAway.registeredAt());
        fixture.given(keyDestroyed)
                .when(new EraseSubmitter(CLUE, "本人要求", STAFF))
                .expectException(violates(ClueRule.NOTHING_TO_ERASE));
    }

    @Test
    void anAnonymousClueHasNothingToErase() {
        ClueRegistered r = clueRegistered();
        fixture.given(new ClueRegistered(
                        r.clueId(),
                        r.trackingCode(),
                        r.title(),
                        r.content(),
                        r.source(),
                        r.location(),
                        r.attribution(),
                        Submitter.anonymous(),
                        r.registeredBy(),
                        r.registeredAt()))
                .when(new EraseSubmitter(CLUE, "本人要求", STAFF))
                .expectException(violates(ClueRule.NOTHING_TO_ERASE));
    }
}
