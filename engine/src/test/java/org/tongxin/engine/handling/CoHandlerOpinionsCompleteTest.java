package org.tongxin.engine.handling;

import static org.tongxin.engine.handling.HandlingMother.ASSIGNED_ON;
import static org.tongxin.engine.handling.HandlingMother.CONTACT_DUE;
import static org.tongxin.engine.handling.HandlingMother.EVALUATORS;
import static org.tongxin.engine.handling.HandlingMother.HOUSING;
import static org.tongxin.engine.handling.HandlingMother.LEAD;
import static org.tongxin.engine.handling.HandlingMother.NOW;
import static org.tongxin.engine.handling.HandlingMother.OPINION_DUE;
import static org.tongxin.engine.handling.HandlingMother.OPINION_TEXT;
import static org.tongxin.engine.handling.HandlingMother.PROPOSAL;
import static org.tongxin.engine.handling.HandlingMother.REMINDER_ON;
import static org.tongxin.engine.handling.HandlingMother.REPLY_DUE;
import static org.tongxin.engine.handling.HandlingMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.handling.HandlingMother.STAFF;
import static org.tongxin.engine.handling.HandlingMother.SYSTEM;
import static org.tongxin.engine.handling.HandlingMother.TRANSPORT;
import static org.tongxin.engine.handling.HandlingMother.URBAN;
import static org.tongxin.engine.handling.HandlingMother.ZONE;
import static org.tongxin.engine.handling.HandlingMother.at;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/** The lead handling, not a counter in the process, knows when every co-handler's opinion is in. */
class CoHandlerOpinionsCompleteTest {

    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private AggregateTestFixture<Handling> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Handling.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(HandlingPolicy.defaults());
        fixture.registerInjectableResource(WorkingDayCalendar.loadDefault());
    }

    private static HandlingOpened leadExpectingTwo() {
        return new HandlingOpened(
                LEAD,
                SourceKind.PROPOSAL,
                PROPOSAL,
                TRANSPORT,
                HandlingRole.LEAD,
                null,
                ASSIGNED_ON,
                EVALUATORS,
                false,
                2,
                RETURN_WINDOW_ENDS,
                CONTACT_DUE,
                null,
                OPINION_DUE,
                REPLY_DUE,
                REMINDER_ON,
                STAFF,
                at(ASSIGNED_ON));
    }

    @Test
    void aLeadExpectingOpinionsWaitsForThemUntilTheCoHandlersOpinionDueDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenHandling(
                        LEAD,
                        SourceRef.proposal(PROPOSAL),
                        TRANSPORT,
                        HandlingRole.LEAD,
                        null,
                        ASSIGNED_ON,
                        EVALUATORS,
                        false,
                        2,
                        STAFF))
                .expectEvents(leadExpectingTwo());
    }

    @Test
    void anOpinionBeforeTheLastIsOnlyRecorded() {
        Instant now = clock.instant();
        fixture.given(leadExpectingTwo())
                .when(new ReceiveCoHandlerOpinion(LEAD, HOUSING, OPINION_TEXT, SYSTEM))
                .expectEvents(new CoHandlerOpinionReceived(LEAD, HOUSING, OPINION_TEXT, SYSTEM, now));
    }

    @Test
    void theLastExpectedOpinionCompletesTheSet() {
        Instant now = clock.instant();
        fixture.given(leadExpectingTwo(), new CoHandlerOpinionReceived(LEAD, HOUSING, OPINION_TEXT, SYSTEM, now))
                .when(new ReceiveCoHandlerOpinion(LEAD, URBAN, OPINION_TEXT, SYSTEM))
                .expectEvents(
                        new CoHandlerOpinionReceived(LEAD, URBAN, OPINION_TEXT, SYSTEM, now),
                        new CoHandlerOpinionsComplete(LEAD, 2, SYSTEM, now));
    }

    @Test
    void aRepeatedLastOpinionCompletesNothingTwice() {
        Instant now = clock.instant();
        fixture.given(
                        leadExpectingTwo(),
                        new CoHandlerOpinionReceived(LEAD, HOUSING, OPINION_TEXT, SYSTEM, now),
                        new CoHandlerOpinionReceived(LEAD, URBAN, OPINION_TEXT, SYSTEM, now),
                        new CoHandlerOpinionsComplete(LEAD, 2, SYSTEM, now))
                .when(new ReceiveCoHandlerOpinion(LEAD, URBAN, OPINION_TEXT, SYSTEM))
                .expectNoEvents();
    }

    /** The same lead, opened after a reassignment with the opinions its predecessor had received. */
    private static HandlingOpened leadExpectingTwoWith(DepartmentCode... received) {
        HandlingOpened opened = leadExpectingTwo();
        return new HandlingOpened(
                opened.handlingId(),
                opened.sourceKind(),
                opened.sourceId(),
                opened.department(),
                opened.role(),
                opened.leadHandlingId(),
                opened.assignedOn(),
                opened.evaluators(),
                opened.keyProposal(),
                opened.expectedOpinions(),
                opened.returnWindowEnds(),
                opened.preHandlingContactDue(),
                opened.coHandlerOpinionDue(),
                opened.opinionsDue(),
                opened.replyDue(),
                opened.reminderOn(),
                opened.openedBy(),
                opened.openedAt(),
                List.of(received));
    }

    private static OpenHandling openLeadExpectingTwoWith(DepartmentCode... received) {
        return new OpenHandling(
                LEAD,
                SourceRef.proposal(PROPOSAL),
                TRANSPORT,
                HandlingRole.LEAD,
                null,
                ASSIGNED_ON,
                EVALUATORS,
                false,
                2,
                STAFF,
                List.of(received));
    }

    @Test
    void aLeadMovedToAnotherDepartmentNamesTheOpinionsItHadReceived() {
        Instant now = clock.instant();
        DepartmentCode water = new DepartmentCode("water");
        fixture.given(leadExpectingTwo(), new CoHandlerOpinionReceived(LEAD, HOUSING, OPINION_TEXT, SYSTEM, now))
                .when(new CorrectAssignment(LEAD, water, "主办单位交办有误", STAFF))
                .expectEvents(new HandlingReassigned(
                        LEAD,
                        SourceKind.PROPOSAL,
                        PROPOSAL,
                        HandlingRole.LEAD,
                        TRANSPORT,
                        water,
                        "主办单位交办有误",
                        STAFF,
                        now,
                        List.of(HOUSING)));
    }

    @Test
    void theNextLeadWaitsOnlyForTheOpinionsNotYetIn() {
        Instant now = clock.instant();
        fixture.givenNoPriorActivity()
                .when(openLeadExpectingTwoWith(HOUSING))
                .expectEvents(leadExpectingTwoWith(HOUSING));
        fixture.given(leadExpectingTwoWith(HOUSING))
                .when(new ReceiveCoHandlerOpinion(LEAD, URBAN, OPINION_TEXT, SYSTEM))
                .expectEvents(
                        new CoHandlerOpinionReceived(LEAD, URBAN, OPINION_TEXT, SYSTEM, now),
                        new CoHandlerOpinionsComplete(LEAD, 2, SYSTEM, now));
    }

    @Test
    void aNextLeadWithEveryOpinionAlreadyInIsCompleteWhenItOpens() {
        fixture.givenNoPriorActivity()
                .when(openLeadExpectingTwoWith(HOUSING, URBAN))
                .expectEvents(
                        leadExpectingTwoWith(HOUSING, URBAN),
                        new CoHandlerOpinionsComplete(LEAD, 2, STAFF, clock.instant()));
    }
}
