package org.tongxin.engine.clue;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.clue.ClueMother.CLOCK;
import static org.tongxin.engine.clue.ClueMother.CLUE;
import static org.tongxin.engine.clue.ClueMother.MEMBER;
import static org.tongxin.engine.clue.ClueMother.NOW;
import static org.tongxin.engine.clue.ClueMother.STAFF;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.shared.ActorRef;

/** The office enters a clue received on paper, by phone or in a meeting, on a citizen's or a member's behalf. */
class ClueOnBehalfTest {

    private static final Location LOCATION = new Location("城关区", "幸福路街道");
    private static final Submitter CITIZEN = new Submitter("王大爷", "13812345678", true);

    private AggregateTestFixture<Clue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Clue.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RegisterClue entered(
            ClueSource channel, Submitter submitter, ActorRef by, OnBehalf onBehalf, String hint) {
        return new RegisterClue(
                CLUE,
                "TX-0000TEST",
                "幸福路路灯不亮",
                "来信反映幸福路中段路灯坏了一个多月。",
                channel,
                LOCATION,
                Attribution.none(),
                submitter,
                by,
                onBehalf,
                hint);
    }

    @Test
    void aPaperLetterIsEnteredOnACitizensBehalfWithTheirConsentedContact() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PAPER_LETTER, CITIZEN, STAFF, OnBehalf.citizen(), " 城乡建设 "))
                .expectEvents(new ClueRegistered(
                        CLUE,
                        "TX-0000TEST",
                        "幸福路路灯不亮",
                        "来信反映幸福路中段路灯坏了一个多月。",
                        ClueSource.PAPER_LETTER,
                        LOCATION,
                        Attribution.none(),
                        CITIZEN,
                        STAFF,
                        NOW,
                        OnBehalf.citizen(),
                        "城乡建设"));
    }

    @Test
    void aPlenarySpeechEnteredOnAMembersBehalfIsAttributedToTheMember() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PLENARY_SPEECH, null, STAFF, OnBehalf.member(" member "), null))
                .expectEvents(new ClueRegistered(
                        CLUE,
                        "TX-0000TEST",
                        "幸福路路灯不亮",
                        "来信反映幸福路中段路灯坏了一个多月。",
                        ClueSource.PLENARY_SPEECH,
                        LOCATION,
                        new Attribution("member", null, null),
                        Submitter.anonymous(),
                        STAFF,
                        NOW,
                        OnBehalf.member("member"),
                        null));
    }

    @Test
    void anAnonymousPhoneCallIsEnteredWithoutContact() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PHONE_CALL, null, STAFF, OnBehalf.citizen(), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyTheOfficeEntersTheStaffChannels() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.GROUP_DISCUSSION, null, ActorRef.citizen(), null, null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_BY_STAFF_ONLY));
    }

    @Test
    void onlyTheOfficeEntersOnSomeonesBehalf() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.CONSTITUENTS, null, MEMBER, OnBehalf.citizen(), null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_BY_STAFF_ONLY));
    }

    @Test
    void aStaffChannelNamesOnWhoseBehalf() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PAPER_LETTER, null, STAFF, null, null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_BY_STAFF_ONLY));
    }

    @Test
    void aMembersBehalfNamesTheMember() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PLENARY_SPEECH, null, STAFF, OnBehalf.member(" "), null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_MEMBER_REQUIRED));
    }

    @Test
    void aCitizensBehalfNamesNoMember() {
        fixture.givenNoPriorActivity()
                .when(entered(
                        ClueSource.PAPER_LETTER, null, STAFF, new OnBehalf(OnBehalf.Kind.CITIZEN, "member"), null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_MEMBER_REQUIRED));
    }

    @Test
    void aMembersBehalfCarriesNoCitizensContact() {
        fixture.givenNoPriorActivity()
                .when(entered(ClueSource.PLENARY_SPEECH, CITIZEN, STAFF, OnBehalf.member("member"), null))
                .expectNoEvents()
                .expectException(violates(ClueRule.ON_BEHALF_MEMBER_REQUIRED));
    }

    @Test
    void aCitizensContactEnteredByTheOfficeStillNeedsTheirConsent() {
        fixture.givenNoPriorActivity()
                .when(entered(
                        ClueSource.PHONE_CALL,
                        new Submitter("王大爷", "13812345678", false),
                        STAFF,
                        OnBehalf.citizen(),
                        null))
                .expectNoEvents()
                .expectException(violates(ClueRule.CONTACT_WITHOUT_CONSENT));
    }

    @Test
    void aCategoryHintLongerThanItsLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(entered(
                        ClueSource.PAPER_LETTER,
                        null,
                        STAFF,
                        OnBehalf.citizen(),
                        "类".repeat(ClueLimits.CATEGORY_HINT_MAX + 1)))
                .expectNoEvents()
                .expectException(violates(ClueRule.TOO_LONG));
    }
}
