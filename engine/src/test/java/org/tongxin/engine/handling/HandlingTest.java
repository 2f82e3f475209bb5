package org.tongxin.engine.handling;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.handling.HandlingMother.AFTER_EVALUATION;
import static org.tongxin.engine.handling.HandlingMother.ASSIGNED_ON;
import static org.tongxin.engine.handling.HandlingMother.CO;
import static org.tongxin.engine.handling.HandlingMother.CONTACT_DUE;
import static org.tongxin.engine.handling.HandlingMother.CO_OFFICER;
import static org.tongxin.engine.handling.HandlingMother.CO_SIGNER;
import static org.tongxin.engine.handling.HandlingMother.EVALUATION_WINDOW_ENDS;
import static org.tongxin.engine.handling.HandlingMother.EVALUATORS;
import static org.tongxin.engine.handling.HandlingMother.HOUSING;
import static org.tongxin.engine.handling.HandlingMother.LEAD;
import static org.tongxin.engine.handling.HandlingMother.NOW;
import static org.tongxin.engine.handling.HandlingMother.OFFICER;
import static org.tongxin.engine.handling.HandlingMother.OPINION_DUE;
import static org.tongxin.engine.handling.HandlingMother.OPINION_TEXT;
import static org.tongxin.engine.handling.HandlingMother.PROPOSAL;
import static org.tongxin.engine.handling.HandlingMother.PROPOSER;
import static org.tongxin.engine.handling.HandlingMother.REPLIED_ON;
import static org.tongxin.engine.handling.HandlingMother.REPLY_DUE;
import static org.tongxin.engine.handling.HandlingMother.REPLY_TEXT;
import static org.tongxin.engine.handling.HandlingMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.handling.HandlingMother.SECOND_REPLIED_ON;
import static org.tongxin.engine.handling.HandlingMother.STAFF;
import static org.tongxin.engine.handling.HandlingMother.SYSTEM;
import static org.tongxin.engine.handling.HandlingMother.TRANSPORT;
import static org.tongxin.engine.handling.HandlingMother.URBAN;
import static org.tongxin.engine.handling.HandlingMother.URBAN_OFFICER;
import static org.tongxin.engine.handling.HandlingMother.ZONE;
import static org.tongxin.engine.handling.HandlingMother.at;
import static org.tongxin.engine.handling.HandlingMother.bothSatisfied;
import static org.tongxin.engine.handling.HandlingMother.coInProgress;
import static org.tongxin.engine.handling.HandlingMother.coOpened;
import static org.tongxin.engine.handling.HandlingMother.evaluated;
import static org.tongxin.engine.handling.HandlingMother.firstRoundUnsatisfied;
import static org.tongxin.engine.handling.HandlingMother.history;
import static org.tongxin.engine.handling.HandlingMother.inProgress;
import static org.tongxin.engine.handling.HandlingMother.leadOpened;
import static org.tongxin.engine.handling.HandlingMother.leadReceived;
import static org.tongxin.engine.handling.HandlingMother.openCo;
import static org.tongxin.engine.handling.HandlingMother.openLead;
import static org.tongxin.engine.handling.HandlingMother.rehandleStarted;
import static org.tongxin.engine.handling.HandlingMother.rehandling;
import static org.tongxin.engine.handling.HandlingMother.replied;
import static org.tongxin.engine.handling.HandlingMother.repliedOnTime;
import static org.tongxin.engine.handling.HandlingMother.satisfied;
import static org.tongxin.engine.handling.HandlingMother.secondReply;
import static org.tongxin.engine.handling.HandlingMother.secondRoundUnsatisfied;
import static org.tongxin.engine.handling.HandlingMother.unsatisfied;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;

class HandlingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private AggregateTestFixture<Handling> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureWith(DeadlinePolicy.defaults());
    }

    private AggregateTestFixture<Handling> fixtureWith(DeadlinePolicy policy) {
        AggregateTestFixture<Handling> f = new AggregateTestFixture<>(Handling.class);
        f.registerInjectableResource(clock);
        f.registerInjectableResource(policy);
        f.registerInjectableResource(HandlingPolicy.of(
                policy, HandlingPolicy.INSTRUCTION_REPLY, HandlingPolicy.INSTRUCTION_EXTENDED_REPLY_CAP));
        f.registerInjectableResource(CALENDAR);
        return f;
    }

    private void today(LocalDate day) {
        clock.setDate(day);
    }

    @Nested
    class Opening {

        @Test
        void openingComputesEveryDueDateOnTheWorkingDayCalendar() {
            fixture.givenNoPriorActivity()
                    .when(openLead())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(leadOpened());
        }

        @Test
        void aCoHandlingHasAnOpinionDueDateAndNoReplyDueDate() {
            fixture.givenNoPriorActivity().when(openCo()).expectEvents(coOpened());
        }

        @Test
        void returnWindowCountsWorkingDaysAcrossTheSpringFestival() {
            LocalDate beforeTheFestival = LocalDate.of(2026, 2, 12);
            today(beforeTheFestival);
            fixture.givenNoPriorActivity()
                    .when(new OpenHandling(
                            LEAD,
                            PROPOSAL,
                            TRANSPORT,
                            HandlingRole.LEAD,
                            null,
                            beforeTheFestival,
                            EVALUATORS,
                            true,
                            STAFF))
                    .expectEvents(new HandlingOpened(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            TRANSPORT,
                            HandlingRole.LEAD,
                            null,
                            beforeTheFestival,
                            EVALUATORS,
                            true,
                            0,
                            // 13 Feb, Saturday 14 Feb (worked), then 24 to 26 Feb after the break of 15 to 23 Feb
                            LocalDate.of(2026, 2, 26),
                            // ... 27 Feb, Saturday 28 Feb (worked), 2 to 6 and 9 to 11 March
                            LocalDate.of(2026, 3, 11),
                            null,
                            null,
                            LocalDate.of(2026, 5, 12),
                            LocalDate.of(2026, 4, 28),
                            STAFF,
                            at(beforeTheFestival)));
        }

        @Test
        void anEvaluatorNamedTwiceIsCountedOnce() {
            OpenHandling twice = new OpenHandling(
                    LEAD,
                    PROPOSAL,
                    TRANSPORT,
                    HandlingRole.LEAD,
                    null,
                    ASSIGNED_ON,
                    List.of(PROPOSER.userId(), CO_SIGNER.userId(), PROPOSER.userId()),
                    false,
                    STAFF);
            fixture.givenNoPriorActivity().when(twice).expectEvents(leadOpened());
        }

        @Test
        void aRetriedOpeningEmitsNothing() {
            fixture.given(leadOpened())
                    .when(openLead())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void openingAgainWithOtherDetailsIsRefused() {
            OpenHandling asSeparate = new OpenHandling(
                    LEAD, PROPOSAL, TRANSPORT, HandlingRole.SEPARATE, null, ASSIGNED_ON, EVALUATORS, false, STAFF);
            fixture.given(leadOpened())
                    .when(asSeparate)
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_OPENED));
        }

        @Test
        void anAssignmentNeedsADepartment() {
            OpenHandling noDepartment = new OpenHandling(
                    LEAD, PROPOSAL, null, HandlingRole.LEAD, null, ASSIGNED_ON, EVALUATORS, false, STAFF);
            fixture.givenNoPriorActivity()
                    .when(noDepartment)
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ASSIGNMENT_INCOMPLETE));
        }

        @Test
        void aCoHandlerNamesItsLead() {
            OpenHandling noLead = new OpenHandling(
                    CO, PROPOSAL, HOUSING, HandlingRole.CO, " ", ASSIGNED_ON, EVALUATORS, false, STAFF);
            fixture.givenNoPriorActivity()
                    .when(noLead)
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.LEAD_REFERENCE));
        }

        @Test
        void aLeadHandlingNamesNoLead() {
            OpenHandling leadWithLead = new OpenHandling(
                    LEAD, PROPOSAL, TRANSPORT, HandlingRole.LEAD, CO.value(), ASSIGNED_ON, EVALUATORS, false, STAFF);
            fixture.givenNoPriorActivity()
                    .when(leadWithLead)
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.LEAD_REFERENCE));
        }

        @Test
        void aHandlingNeedsAnEvaluator() {
            OpenHandling nobody = new OpenHandling(
                    LEAD, PROPOSAL, TRANSPORT, HandlingRole.LEAD, null, ASSIGNED_ON, List.of(), false, STAFF);
            fixture.givenNoPriorActivity()
                    .when(nobody)
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATOR_REQUIRED));
        }

        @Test
        void onlyStaffOrTheSystemOpensAHandling() {
            OpenHandling byOfficer = new OpenHandling(
                    LEAD, PROPOSAL, TRANSPORT, HandlingRole.LEAD, null, ASSIGNED_ON, EVALUATORS, false, OFFICER);
            fixture.givenNoPriorActivity()
                    .when(byOfficer)
                    .expectNoEvents()
                    .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
        }
    }

    @Nested
    class Receiving {

        @Test
        void theDepartmentsOfficerReceivesTheItem() {
            today(LocalDate.of(2026, 3, 3));
            fixture.given(leadOpened()).when(new ReceiveHandling(LEAD, OFFICER)).expectEvents(leadReceived());
        }

        @Test
        void anotherDepartmentsOfficerCannotReceiveIt() {
            fixture.given(leadOpened())
                    .when(new ReceiveHandling(LEAD, URBAN_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_DEPARTMENT_OFFICER));
        }

        @Test
        void staffIsNotTheDepartmentsOfficer() {
            fixture.given(leadOpened())
                    .when(new ReceiveHandling(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_DEPARTMENT_OFFICER));
        }

        @Test
        void receivingTwiceIsRefused() {
            fixture.given(inProgress())
                    .when(new ReceiveHandling(LEAD, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_RECEIVED));
        }
    }

    @Nested
    class Returning {

        private static final String REASON = "共享单车停放管理属城市管理部门职责";
        private static final LocalDate REQUESTED_ON = LocalDate.of(2026, 3, 4);
        private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 11);

        private ReturnRequested requested(HandlingId id, ActorRef by) {
            return new ReturnRequested(id, REASON, URBAN, REQUESTED_ON, by, at(REQUESTED_ON));
        }

        /** Upheld a week later: 5, 6, 9, 10 and 11 March stood still, so every clock moves by five working days. */
        private ReturnRejected upheld() {
            return new ReturnRejected(
                    LEAD,
                    "经研究，由交通部门主办",
                    DECIDED_ON,
                    5,
                    LocalDate.of(2026, 3, 30),
                    null,
                    LocalDate.of(2026, 6, 9),
                    LocalDate.of(2026, 5, 26),
                    STAFF,
                    at(DECIDED_ON));
        }

        @Test
        void aDepartmentMayAskToReturnOnTheLastDayOfTheWindow() {
            today(RETURN_WINDOW_ENDS);
            fixture.given(leadOpened())
                    .when(new RequestReturn(LEAD, REASON, URBAN, OFFICER))
                    .expectEvents(new ReturnRequested(
                            LEAD, REASON, URBAN, RETURN_WINDOW_ENDS, OFFICER, at(RETURN_WINDOW_ENDS)));
        }

        @Test
        void returnRequestPausesTheReplyClock() {
            today(DECIDED_ON);
            fixture.given(history(inProgress(), requested(LEAD, OFFICER)))
                    .when(new UpholdAssignment(LEAD, "经研究，由交通部门主办", STAFF))
                    .expectEvents(upheld());
        }

        @Test
        void aReplyOnTheMovedDueDateIsOnTime() {
            LocalDate movedDue = LocalDate.of(2026, 6, 9);
            today(movedDue);
            fixture.given(history(inProgress(), requested(LEAD, OFFICER), upheld()))
                    .when(new Reply(LEAD, OutcomeClass.B, REPLY_TEXT, OFFICER))
                    .expectEvents(new HandlingReplied(
                            LEAD,
                            1,
                            OutcomeClass.B,
                            REPLY_TEXT,
                            movedDue,
                            movedDue,
                            false,
                            LocalDate.of(2026, 7, 1),
                            OFFICER,
                            at(movedDue)));
        }

        @Test
        void aCoHandlersReturnPausesItsOpinionClock() {
            today(DECIDED_ON);
            fixture.given(history(coInProgress(), requested(CO, CO_OFFICER)))
                    .when(new UpholdAssignment(CO, null, STAFF))
                    .expectEvents(new ReturnRejected(
                            CO,
                            null,
                            DECIDED_ON,
                            5,
                            LocalDate.of(2026, 3, 30),
                            // 2 April plus five working days: 3, 7, 8, 9 and 10 April around the Qingming break
                            LocalDate.of(2026, 4, 10),
                            null,
                            null,
                            STAFF,
                            at(DECIDED_ON)));
        }

        @Test
        void anUpheldAssignmentStillAwaitsReceipt() {
            today(LocalDate.of(2026, 3, 12));
            fixture.given(leadOpened(), requested(LEAD, OFFICER), upheld())
                    .when(new ReceiveHandling(LEAD, OFFICER))
                    .expectEvents(new HandlingReceived(LEAD, OFFICER, at(LocalDate.of(2026, 3, 12))));
        }

        @Test
        void reassigningEndsTheHandlingAsReturned() {
            today(LocalDate.of(2026, 3, 6));
            fixture.given(history(inProgress(), requested(LEAD, OFFICER)))
                    .when(new ReassignHandling(LEAD, URBAN, "改由城管部门主办", STAFF))
                    .expectEvents(new HandlingReassigned(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            TRANSPORT,
                            URBAN,
                            "改由城管部门主办",
                            STAFF,
                            at(LocalDate.of(2026, 3, 6))));
        }

        @Test
        void afterTheWindowTheAssignmentStands() {
            today(RETURN_WINDOW_ENDS.plusDays(1));
            fixture.given(inProgress())
                    .when(new RequestReturn(LEAD, REASON, URBAN, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.RETURN_WINDOW_CLOSED));
        }

        @Test
        void aDepartmentAsksToReturnAnItemOnlyOnce() {
            LocalDate nextDay = REQUESTED_ON.plusDays(1);
            ReturnRejected upheldNextDay = new ReturnRejected(
                    LEAD,
                    null,
                    nextDay,
                    1,
                    LocalDate.of(2026, 3, 24),
                    null,
                    LocalDate.of(2026, 6, 3),
                    LocalDate.of(2026, 5, 20),
                    STAFF,
                    at(nextDay));
            today(LocalDate.of(2026, 3, 6));
            fixture.given(history(inProgress(), requested(LEAD, OFFICER), upheldNextDay))
                    .when(new RequestReturn(LEAD, "再次申请退回", URBAN, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.RETURN_ALREADY_REQUESTED));
        }

        @Test
        void aReturnRequestNeedsAReason() {
            fixture.given(inProgress())
                    .when(new RequestReturn(LEAD, " ", null, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.RETURN_REASON_REQUIRED));
        }

        @Test
        void aReturnAfterReplyingIsRefused() {
            today(RETURN_WINDOW_ENDS);
            fixture.given(history(inProgress(), repliedOnTime()))
                    .when(new RequestReturn(LEAD, REASON, URBAN, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_REPLIED));
        }

        @Test
        void nothingMovesWhileAReturnIsPending() {
            today(LocalDate.of(2026, 3, 5));
            fixture.given(history(inProgress(), requested(LEAD, OFFICER)))
                    .when(new Reply(LEAD, OutcomeClass.B, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.RETURN_PENDING));
        }

        @Test
        void reassigningToTheSameDepartmentIsRefused() {
            fixture.given(history(inProgress(), requested(LEAD, OFFICER)))
                    .when(new ReassignHandling(LEAD, TRANSPORT, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.OTHER_DEPARTMENT_REQUIRED));
        }

        @Test
        void upholdingWithoutAReturnRequestIsRefused() {
            fixture.given(inProgress())
                    .when(new UpholdAssignment(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NO_RETURN_PENDING));
        }

        @Test
        void onlyStaffArbitratesAReturn() {
            fixture.given(history(inProgress(), requested(LEAD, OFFICER)))
                    .when(new UpholdAssignment(LEAD, null, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
        }

        @Test
        void aReturnedHandlingTakesNoFurtherCommands() {
            HandlingReassigned reassigned = new HandlingReassigned(
                    LEAD,
                    SourceKind.PROPOSAL,
                    PROPOSAL,
                    HandlingRole.LEAD,
                    TRANSPORT,
                    URBAN,
                    null,
                    STAFF,
                    at(DECIDED_ON));
            fixture.given(history(inProgress(), requested(LEAD, OFFICER), reassigned))
                    .when(new Reply(LEAD, OutcomeClass.B, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.HANDLING_ENDED));
        }
    }

    @Nested
    class PreHandlingContact {

        private static final String NOTES = "电话沟通办理思路，提案人同意分两步实施";

        @Test
        void aContactWithinFifteenWorkingDaysIsOnTime() {
            LocalDate contactedOn = LocalDate.of(2026, 3, 20);
            today(contactedOn);
            fixture.given(inProgress())
                    .when(new LogPreHandlingContact(LEAD, contactedOn, ContactMethod.PHONE, NOTES, OFFICER))
                    .expectEvents(new PreHandlingContactLogged(
                            LEAD,
                            contactedOn,
                            ContactMethod.PHONE,
                            NOTES,
                            CONTACT_DUE,
                            false,
                            OFFICER,
                            at(contactedOn)));
        }

        @Test
        void aContactAfterItsDueDateIsMarkedLate() {
            LocalDate contactedOn = CONTACT_DUE.plusDays(1);
            today(contactedOn.plusDays(1));
            fixture.given(inProgress())
                    .when(new LogPreHandlingContact(LEAD, contactedOn, ContactMethod.VISIT, NOTES, OFFICER))
                    .expectEvents(new PreHandlingContactLogged(
                            LEAD,
                            contactedOn,
                            ContactMethod.VISIT,
                            NOTES,
                            CONTACT_DUE,
                            true,
                            OFFICER,
                            at(contactedOn.plusDays(1))));
        }

        @Test
        void aContactNeedsItsMethod() {
            fixture.given(inProgress())
                    .when(new LogPreHandlingContact(LEAD, ASSIGNED_ON, null, NOTES, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CONTACT_INCOMPLETE));
        }

        @Test
        void aContactCannotBeLoggedForATomorrow() {
            fixture.given(inProgress())
                    .when(new LogPreHandlingContact(LEAD, ASSIGNED_ON.plusDays(1), ContactMethod.PHONE, NOTES, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CONTACT_DAY_OUT_OF_RANGE));
        }

        @Test
        void aContactBeforeReceivingIsRefused() {
            fixture.given(leadOpened())
                    .when(new LogPreHandlingContact(LEAD, ASSIGNED_ON, ContactMethod.PHONE, NOTES, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_RECEIVED));
        }
    }

    @Nested
    class CoHandling {

        private CoHandlerOpinionSent sent(LocalDate on, boolean late) {
            return new CoHandlerOpinionSent(
                    CO, LEAD.value(), HOUSING, OPINION_TEXT, on, OPINION_DUE, late, CO_OFFICER, at(on));
        }

        private HandlingClosed closed(LocalDate on) {
            return new HandlingClosed(
                    CO,
                    SourceKind.PROPOSAL,
                    PROPOSAL,
                    HandlingRole.CO,
                    1,
                    null,
                    List.of(),
                    List.of(),
                    false,
                    CO_OFFICER,
                    at(on));
        }

        @Test
        void sendingItsOpinionClosesTheCoHandling() {
            LocalDate on = LocalDate.of(2026, 3, 30);
            today(on);
            fixture.given(coInProgress())
                    .when(new SendCoHandlerOpinion(CO, OPINION_TEXT, CO_OFFICER))
                    .expectEvents(sent(on, false), closed(on));
        }

        @Test
        void anOpinionOnTheDayAfterTheMonthIsLate() {
            LocalDate on = OPINION_DUE.plusDays(1);
            today(on);
            fixture.given(coInProgress())
                    .when(new SendCoHandlerOpinion(CO, OPINION_TEXT, CO_OFFICER))
                    .expectEvents(sent(on, true), closed(on));
        }

        @Test
        void coHandlersNeverReply() {
            fixture.given(coInProgress())
                    .when(new Reply(CO, OutcomeClass.A, REPLY_TEXT, CO_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CO_HANDLERS_NEVER_REPLY));
        }

        @Test
        void aCoHandlingHasNoReplyTimers() {
            today(REPLY_DUE.plusDays(1));
            fixture.given(coInProgress())
                    .when(new MarkOverdue(CO, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CO_HANDLERS_NEVER_REPLY));
        }

        @Test
        void onlyACoHandlerSendsAnOpinion() {
            fixture.given(inProgress())
                    .when(new SendCoHandlerOpinion(LEAD, OPINION_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_A_CO_HANDLING));
        }

        @Test
        void anOpinionNeedsItsText() {
            fixture.given(coInProgress())
                    .when(new SendCoHandlerOpinion(CO, "", CO_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.OPINION_REQUIRED));
        }

        @Test
        void anOpinionIsSentOnce() {
            LocalDate on = LocalDate.of(2026, 3, 30);
            fixture.given(history(coInProgress(), sent(on, false), closed(on)))
                    .when(new SendCoHandlerOpinion(CO, OPINION_TEXT, CO_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.HANDLING_ENDED));
        }

        @Test
        void aCoHandlingDoesNotCloseBeforeItsOpinion() {
            fixture.given(coInProgress())
                    .when(new CloseHandling(CO, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_REPLIED));
        }

        @Test
        void closingAClosedCoHandlingEmitsNothing() {
            LocalDate on = LocalDate.of(2026, 3, 30);
            fixture.given(history(coInProgress(), sent(on, false), closed(on)))
                    .when(new CloseHandling(CO, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void theLeadReceivesACoHandlersOpinion() {
            LocalDate on = LocalDate.of(2026, 3, 30);
            today(on);
            fixture.given(inProgress())
                    .when(new ReceiveCoHandlerOpinion(LEAD, HOUSING, OPINION_TEXT, SYSTEM))
                    .expectEvents(new CoHandlerOpinionReceived(LEAD, HOUSING, OPINION_TEXT, SYSTEM, at(on)));
        }

        @Test
        void aRedeliveredOpinionEmitsNothing() {
            fixture.given(history(
                            inProgress(),
                            new CoHandlerOpinionReceived(
                                    LEAD, HOUSING, OPINION_TEXT, SYSTEM, at(LocalDate.of(2026, 3, 30)))))
                    .when(new ReceiveCoHandlerOpinion(LEAD, HOUSING, OPINION_TEXT, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void onlyTheLeadReceivesOpinions() {
            fixture.given(coInProgress())
                    .when(new ReceiveCoHandlerOpinion(CO, URBAN, OPINION_TEXT, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_A_LEAD_HANDLING));
        }
    }

    @Nested
    class Extension {

        private static final String REASON = "需协调轨道交通和城管两个部门";

        private ExtensionRequested requested(Period extension, LocalDate replyDue) {
            return new ExtensionRequested(LEAD, extension, REASON, replyDue, OFFICER, at(LocalDate.of(2026, 5, 20)));
        }

        @Test
        void theOfficerAsksForMoreTime() {
            today(LocalDate.of(2026, 5, 20));
            fixture.given(inProgress())
                    .when(new RequestExtension(LEAD, Period.ofMonths(1), REASON, OFFICER))
                    .expectEvents(requested(Period.ofMonths(1), REPLY_DUE));
        }

        @Test
        void anApprovedExtensionMovesTheReplyDueDate() {
            LocalDate on = LocalDate.of(2026, 5, 22);
            today(on);
            fixture.given(history(inProgress(), requested(Period.ofMonths(1), REPLY_DUE)))
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectEvents(new ExtensionApproved(
                            LEAD,
                            Period.ofMonths(1),
                            Period.ofMonths(1),
                            LocalDate.of(2026, 7, 2),
                            LocalDate.of(2026, 6, 18),
                            STAFF,
                            at(on)));
        }

        @Test
        void extensionsUpToSixMonthsInAllAreApproved() {
            LocalDate on = LocalDate.of(2026, 6, 25);
            today(on);
            fixture.given(history(
                            inProgress(),
                            requested(Period.ofMonths(1), REPLY_DUE),
                            new ExtensionApproved(
                                    LEAD,
                                    Period.ofMonths(1),
                                    Period.ofMonths(1),
                                    LocalDate.of(2026, 7, 2),
                                    LocalDate.of(2026, 6, 18),
                                    STAFF,
                                    at(LocalDate.of(2026, 5, 22))),
                            requested(Period.ofMonths(2), LocalDate.of(2026, 7, 2))))
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectEvents(new ExtensionApproved(
                            LEAD,
                            Period.ofMonths(2),
                            Period.ofMonths(3),
                            LocalDate.of(2026, 9, 2),
                            LocalDate.of(2026, 8, 19),
                            STAFF,
                            at(on)));
        }

        @Test
        void extensionBeyondSixMonthsIsRefused() {
            ExtensionApproved twoMonths = new ExtensionApproved(
                    LEAD,
                    Period.ofMonths(2),
                    Period.ofMonths(2),
                    // 2 August is a Sunday
                    LocalDate.of(2026, 8, 3),
                    LocalDate.of(2026, 7, 20),
                    STAFF,
                    at(LocalDate.of(2026, 5, 22)));
            fixture.given(history(inProgress(), requested(Period.ofMonths(2), REPLY_DUE), twoMonths))
                    .when(new RequestExtension(LEAD, Period.ofMonths(1).plusDays(1), REASON, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EXTENSION_BEYOND_CAP));
        }

        @Test
        void anExtensionPastACapLoweredWhileItWaitedIsNotApproved() {
            DeadlinePolicy d = DeadlinePolicy.defaults();
            DeadlinePolicy fiveMonthCap = new DeadlinePolicy(
                    d.returnWindowWorkingDays(),
                    d.preHandlingContactWorkingDays(),
                    d.coHandlerOpinion(),
                    d.reply(),
                    d.keyProposalReply(),
                    Period.ofMonths(5),
                    d.reminderBeforeDue(),
                    d.evaluationWindowWorkingDays(),
                    d.rehandleReply(),
                    d.maxRehandles(),
                    d.coSignerConfirmation(),
                    d.classificationWorkingDays());
            fixtureWith(fiveMonthCap)
                    .given(history(inProgress(), requested(Period.ofMonths(3), REPLY_DUE)))
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EXTENSION_BEYOND_CAP));
        }

        @Test
        void anExtensionKeepsTheWorkingDaysAReturnStoodStill() {
            LocalDate on = LocalDate.of(2026, 5, 22);
            today(on);
            fixture.given(history(
                            inProgress(),
                            new ReturnRequested(
                                    LEAD,
                                    "不属本单位",
                                    URBAN,
                                    LocalDate.of(2026, 3, 4),
                                    OFFICER,
                                    at(LocalDate.of(2026, 3, 4))),
                            new ReturnRejected(
                                    LEAD,
                                    null,
                                    LocalDate.of(2026, 3, 11),
                                    5,
                                    LocalDate.of(2026, 3, 30),
                                    null,
                                    LocalDate.of(2026, 6, 9),
                                    LocalDate.of(2026, 5, 26),
                                    STAFF,
                                    at(LocalDate.of(2026, 3, 11))),
                            requested(Period.ofMonths(1), LocalDate.of(2026, 6, 9))))
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectEvents(new ExtensionApproved(
                            LEAD,
                            Period.ofMonths(1),
                            Period.ofMonths(1),
                            // 2 July plus the five working days: 3, 6, 7, 8 and 9 July
                            LocalDate.of(2026, 7, 9),
                            LocalDate.of(2026, 6, 25),
                            STAFF,
                            at(on)));
        }

        @Test
        void aRejectedExtensionKeepsTheDueDate() {
            LocalDate on = LocalDate.of(2026, 5, 22);
            today(on);
            fixture.given(history(inProgress(), requested(Period.ofMonths(1), REPLY_DUE)))
                    .when(new RejectExtension(LEAD, "理由不充分", STAFF))
                    .expectEvents(new ExtensionRejected(LEAD, Period.ofMonths(1), "理由不充分", REPLY_DUE, STAFF, at(on)));
        }

        @Test
        void onlyOneExtensionRequestWaitsAtATime() {
            fixture.given(history(inProgress(), requested(Period.ofMonths(1), REPLY_DUE)))
                    .when(new RequestExtension(LEAD, Period.ofMonths(1), REASON, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EXTENSION_PENDING));
        }

        @Test
        void approvingWithoutARequestIsRefused() {
            fixture.given(inProgress())
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NO_EXTENSION_PENDING));
        }

        @Test
        void aReplyWithdrawsAWaitingRequest() {
            fixture.given(history(inProgress(), requested(Period.ofMonths(1), REPLY_DUE), repliedOnTime()))
                    .when(new ApproveExtension(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NO_EXTENSION_PENDING));
        }

        @Test
        void anExtensionNeedsAPositivePeriod() {
            fixture.given(inProgress())
                    .when(new RequestExtension(LEAD, Period.ZERO, REASON, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EXTENSION_INVALID));
        }

        @Test
        void aRehandledReplyIsNotExtended() {
            fixture.given(rehandling())
                    .when(new RequestExtension(LEAD, Period.ofMonths(1), REASON, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NO_EXTENSION_WHEN_REHANDLING));
        }
    }

    @Nested
    class Replying {

        @Test
        void theDepartmentRepliesWithAnOutcomeClass() {
            today(REPLIED_ON);
            fixture.given(inProgress())
                    .when(new Reply(LEAD, OutcomeClass.B, "  " + REPLY_TEXT + "\n", OFFICER))
                    .expectEvents(repliedOnTime());
        }

        @Test
        void aReplyOnTheDueDateIsOnTime() {
            today(REPLY_DUE);
            fixture.given(inProgress())
                    .when(new Reply(LEAD, OutcomeClass.C, REPLY_TEXT, OFFICER))
                    .expectEvents(new HandlingReplied(
                            LEAD,
                            1,
                            OutcomeClass.C,
                            REPLY_TEXT,
                            REPLY_DUE,
                            REPLY_DUE,
                            false,
                            LocalDate.of(2026, 6, 24),
                            OFFICER,
                            at(REPLY_DUE)));
        }

        @Test
        void replyAfterDeadlineIsMarkedLate() {
            LocalDate dayAfter = REPLY_DUE.plusDays(1);
            today(dayAfter);
            fixture.given(inProgress())
                    .when(new Reply(LEAD, OutcomeClass.C, REPLY_TEXT, OFFICER))
                    .expectEvents(new HandlingReplied(
                            LEAD,
                            1,
                            OutcomeClass.C,
                            REPLY_TEXT,
                            dayAfter,
                            REPLY_DUE,
                            true,
                            // fifteen working days, the Dragon Boat holiday on 19 June not among them
                            LocalDate.of(2026, 6, 25),
                            OFFICER,
                            at(dayAfter)));
        }

        @Test
        void theRehandledReplyIsDueOnItsOwnDate() {
            today(SECOND_REPLIED_ON);
            fixture.given(rehandling())
                    .when(new Reply(LEAD, OutcomeClass.A, REPLY_TEXT, OFFICER))
                    .expectEvents(secondReply());
        }

        @Test
        void aReplyNeedsAnOutcomeClass() {
            fixture.given(inProgress())
                    .when(new Reply(LEAD, null, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.REPLY_INCOMPLETE));
        }

        @Test
        void aReplyLongerThanTheLimitIsRefused() {
            fixture.given(inProgress())
                    .when(new Reply(LEAD, OutcomeClass.A, "答".repeat(HandlingLimits.TEXT_MAX + 1), OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.TEXT_TOO_LONG));
        }

        @Test
        void replyingTwiceInARoundIsRefused() {
            fixture.given(replied())
                    .when(new Reply(LEAD, OutcomeClass.A, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_REPLIED));
        }

        @Test
        void aDepartmentNotAssignedCannotReply() {
            fixture.given(inProgress())
                    .when(new Reply(LEAD, OutcomeClass.A, REPLY_TEXT, URBAN_OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_DEPARTMENT_OFFICER));
        }

        @Test
        void aReplyBeforeReceivingIsRefused() {
            fixture.given(leadOpened())
                    .when(new Reply(LEAD, OutcomeClass.A, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_RECEIVED));
        }
    }

    @Nested
    class Timers {

        private static final LocalDate DAY_AFTER_DUE = REPLY_DUE.plusDays(1);

        @Test
        void overdueIsMarkedTheDayAfterTheDueDate() {
            today(DAY_AFTER_DUE);
            fixture.given(inProgress())
                    .when(new MarkOverdue(LEAD, SYSTEM))
                    .expectEvents(new HandlingOverdue(LEAD, 1, REPLY_DUE, SYSTEM, at(DAY_AFTER_DUE)));
        }

        @Test
        void anItemNeverReceivedBecomesOverdueToo() {
            today(DAY_AFTER_DUE);
            fixture.given(leadOpened())
                    .when(new MarkOverdue(LEAD, SYSTEM))
                    .expectEvents(new HandlingOverdue(LEAD, 1, REPLY_DUE, SYSTEM, at(DAY_AFTER_DUE)));
        }

        @Test
        void theReplyIsNotOverdueOnItsDueDate() {
            today(REPLY_DUE);
            fixture.given(inProgress())
                    .when(new MarkOverdue(LEAD, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_YET_OVERDUE));
        }

        @Test
        void aRetriedOverdueMarkEmitsNothing() {
            today(DAY_AFTER_DUE);
            fixture.given(history(inProgress(), new HandlingOverdue(LEAD, 1, REPLY_DUE, SYSTEM, at(DAY_AFTER_DUE))))
                    .when(new MarkOverdue(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anOverdueMarkAfterTheReplyIsRefused() {
            today(DAY_AFTER_DUE);
            fixture.given(replied())
                    .when(new MarkOverdue(LEAD, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_REPLIED));
        }

        @Test
        void theOfficeFollowsUpAnOverdueReply() {
            today(DAY_AFTER_DUE);
            fixture.given(history(inProgress(), new HandlingOverdue(LEAD, 1, REPLY_DUE, SYSTEM, at(DAY_AFTER_DUE))))
                    .when(new FollowUpOverdue(LEAD, "已电话督促，承诺三日内答复", STAFF))
                    .expectEvents(new OverdueFollowedUp(LEAD, 1, "已电话督促，承诺三日内答复", STAFF, at(DAY_AFTER_DUE)));
        }

        @Test
        void aReplyNotOverdueIsNotFollowedUp() {
            fixture.given(inProgress())
                    .when(new FollowUpOverdue(LEAD, "催办", STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_OVERDUE));
        }

        @Test
        void aFollowUpSaysWhatWasDone() {
            today(DAY_AFTER_DUE);
            fixture.given(history(inProgress(), new HandlingOverdue(LEAD, 1, REPLY_DUE, SYSTEM, at(DAY_AFTER_DUE))))
                    .when(new FollowUpOverdue(LEAD, " ", STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.FOLLOW_UP_NOTE_REQUIRED));
        }

        @Test
        void pastTheReturnWindowTheItemIsDeemedReceived() {
            LocalDate after = RETURN_WINDOW_ENDS.plusDays(1);
            today(after);
            fixture.given(leadOpened())
                    .when(new ReceiveHandling(LEAD, SYSTEM))
                    .expectEvents(new HandlingReceived(LEAD, SYSTEM, at(after)));
        }

        @Test
        void withinTheReturnWindowNothingIsDeemed() {
            today(RETURN_WINDOW_ENDS);
            fixture.given(leadOpened())
                    .when(new ReceiveHandling(LEAD, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_DEEMED_RECEIVED_YET));
        }

        @Test
        void anItemTheDepartmentReceivedIsNotDeemedAgain() {
            today(RETURN_WINDOW_ENDS.plusDays(1));
            fixture.given(inProgress())
                    .when(new ReceiveHandling(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void onlyTheSystemMarksOverdue() {
            today(DAY_AFTER_DUE);
            fixture.given(inProgress())
                    .when(new MarkOverdue(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
        }

        @Test
        void theReminderGoesOutBeforeTheReply() {
            LocalDate on = LocalDate.of(2026, 5, 19);
            today(on);
            fixture.given(inProgress())
                    .when(new SendReplyReminder(LEAD, SYSTEM))
                    .expectEvents(new ReplyReminderSent(LEAD, 1, REPLY_DUE, SYSTEM, at(on)));
        }

        @Test
        void aRetriedReminderEmitsNothing() {
            LocalDate on = LocalDate.of(2026, 5, 19);
            fixture.given(history(inProgress(), new ReplyReminderSent(LEAD, 1, REPLY_DUE, SYSTEM, at(on))))
                    .when(new SendReplyReminder(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void anExtendedDueDateGetsItsOwnReminder() {
            LocalDate extendedDue = LocalDate.of(2026, 7, 2);
            LocalDate on = LocalDate.of(2026, 6, 18);
            today(on);
            fixture.given(history(
                            inProgress(),
                            new ReplyReminderSent(LEAD, 1, REPLY_DUE, SYSTEM, at(LocalDate.of(2026, 5, 19))),
                            new ExtensionRequested(
                                    LEAD, Period.ofMonths(1), "需协调", REPLY_DUE, OFFICER, at(LocalDate.of(2026, 5, 20))),
                            new ExtensionApproved(
                                    LEAD,
                                    Period.ofMonths(1),
                                    Period.ofMonths(1),
                                    extendedDue,
                                    on,
                                    STAFF,
                                    at(LocalDate.of(2026, 5, 22)))))
                    .when(new SendReplyReminder(LEAD, SYSTEM))
                    .expectEvents(new ReplyReminderSent(LEAD, 1, extendedDue, SYSTEM, at(on)));
        }

        @Test
        void aReminderAfterTheReplyIsRefused() {
            fixture.given(replied())
                    .when(new SendReplyReminder(LEAD, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_REPLIED));
        }
    }

    @Nested
    class Evaluating {

        @Test
        void anEvaluatorRatesBothDimensions() {
            LocalDate on = LocalDate.of(2026, 5, 11);
            today(on);
            fixture.given(replied())
                    .when(new Evaluate(LEAD, Satisfaction.BASICALLY_SATISFIED, Satisfaction.UNSATISFIED, "", PROPOSER))
                    .expectEvents(unsatisfied(PROPOSER, false, 1, on));
        }

        @Test
        void theLastEvaluatorSettlesTheRound() {
            today(LocalDate.of(2026, 5, 12));
            fixture.given(history(replied(), satisfied(PROPOSER, false)))
                    .when(new Evaluate(LEAD, Satisfaction.SATISFIED, Satisfaction.SATISFIED, "", CO_SIGNER))
                    .expectEvents(satisfied(CO_SIGNER, true));
        }

        @Test
        void anEvaluationOnTheLastDayOfTheWindowCounts() {
            today(EVALUATION_WINDOW_ENDS);
            fixture.given(replied())
                    .when(new Evaluate(LEAD, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, "", CO_SIGNER))
                    .expectEvents(evaluated(
                            CO_SIGNER,
                            Satisfaction.SATISFIED,
                            Satisfaction.BASICALLY_SATISFIED,
                            false,
                            1,
                            EVALUATION_WINDOW_ENDS));
        }

        @Test
        void anEvaluationAfterTheWindowIsRefused() {
            today(AFTER_EVALUATION);
            fixture.given(replied())
                    .when(new Evaluate(LEAD, Satisfaction.SATISFIED, Satisfaction.SATISFIED, "", PROPOSER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATION_WINDOW_ENDED));
        }

        @Test
        void onlyAListedEvaluatorEvaluates() {
            today(LocalDate.of(2026, 5, 12));
            fixture.given(replied())
                    .when(new Evaluate(
                            LEAD,
                            Satisfaction.SATISFIED,
                            Satisfaction.SATISFIED,
                            "",
                            ActorRef.of("member-sun", Role.MEMBER)))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_AN_EVALUATOR));
        }

        @Test
        void anEvaluatorEvaluatesOncePerRound() {
            today(LocalDate.of(2026, 5, 13));
            fixture.given(history(replied(), satisfied(PROPOSER, false)))
                    .when(new Evaluate(LEAD, Satisfaction.UNSATISFIED, Satisfaction.UNSATISFIED, "", PROPOSER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.ALREADY_EVALUATED));
        }

        @Test
        void anEvaluationRatesTheResultToo() {
            today(LocalDate.of(2026, 5, 12));
            fixture.given(replied())
                    .when(new Evaluate(LEAD, Satisfaction.SATISFIED, null, "", PROPOSER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATION_INCOMPLETE));
        }

        @Test
        void anEvaluationBeforeTheReplyIsRefused() {
            fixture.given(inProgress())
                    .when(new Evaluate(LEAD, Satisfaction.SATISFIED, Satisfaction.SATISFIED, "", PROPOSER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_REPLIED));
        }

        @Test
        void closingTheWindowRecordsWhoDidNotEvaluate() {
            today(AFTER_EVALUATION);
            fixture.given(history(replied(), unsatisfied(PROPOSER, false, 1, LocalDate.of(2026, 5, 11))))
                    .when(new CloseEvaluationWindow(LEAD, SYSTEM))
                    .expectEvents(new EvaluationWindowClosed(
                            LEAD,
                            1,
                            EVALUATION_WINDOW_ENDS,
                            List.of(CO_SIGNER.userId()),
                            SYSTEM,
                            at(AFTER_EVALUATION)));
        }

        @Test
        void theWindowDoesNotCloseOnItsLastDay() {
            today(EVALUATION_WINDOW_ENDS);
            fixture.given(replied())
                    .when(new CloseEvaluationWindow(LEAD, SYSTEM))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATION_WINDOW_OPEN));
        }

        @Test
        void aRetriedWindowCloseEmitsNothing() {
            today(AFTER_EVALUATION);
            fixture.given(history(
                            replied(),
                            new EvaluationWindowClosed(
                                    LEAD, 1, EVALUATION_WINDOW_ENDS, EVALUATORS, SYSTEM, at(AFTER_EVALUATION))))
                    .when(new CloseEvaluationWindow(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void aWindowEveryoneEvaluatedInHasNothingToClose() {
            today(AFTER_EVALUATION);
            fixture.given(bothSatisfied())
                    .when(new CloseEvaluationWindow(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Rehandling {

        @Test
        void anUnsatisfiedEvaluationStartsASecondRound() {
            today(AFTER_EVALUATION);
            fixture.given(firstRoundUnsatisfied())
                    .when(new Rehandle(LEAD, "提案人对结果不满意", STAFF))
                    .expectEvents(rehandleStarted());
        }

        @Test
        void aRehandleWaitsForTheRoundToSettle() {
            today(LocalDate.of(2026, 5, 12));
            fixture.given(history(replied(), unsatisfied(PROPOSER, false, 1, LocalDate.of(2026, 5, 11))))
                    .when(new Rehandle(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATION_NOT_SETTLED));
        }

        @Test
        void aSatisfiedRoundIsNotRehandled() {
            fixture.given(bothSatisfied())
                    .when(new Rehandle(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_UNSATISFIED));
        }

        @Test
        void aSecondRehandleIsRefusedAtTheLimit() {
            fixture.given(secondRoundUnsatisfied())
                    .when(new Rehandle(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.REHANDLE_LIMIT_REACHED));
        }

        @Test
        void aRetriedRehandleEmitsNothing() {
            fixture.given(rehandling())
                    .when(new Rehandle(LEAD, "提案人对结果不满意", SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Escalating {

        private static final LocalDate ON = LocalDate.of(2026, 7, 14);

        @Test
        void secondUnsatisfiedRoundEscalatesToSupervision() {
            today(ON);
            fixture.given(secondRoundUnsatisfied())
                    .when(new EscalateToSupervision(LEAD, "两轮办理后仍不满意", SYSTEM))
                    .expectEvents(new EscalatedToSupervision(
                            LEAD, SourceKind.PROPOSAL, PROPOSAL, 2, "两轮办理后仍不满意", SYSTEM, at(ON)));
        }

        @Test
        void supervisionWaitsWhileARehandleIsLeft() {
            fixture.given(firstRoundUnsatisfied())
                    .when(new EscalateToSupervision(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.REHANDLE_LEFT));
        }

        @Test
        void aSatisfiedRoundIsNotEscalated() {
            fixture.given(bothSatisfied())
                    .when(new EscalateToSupervision(LEAD, null, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_UNSATISFIED));
        }

        @Test
        void aRetriedEscalationEmitsNothing() {
            fixture.given(history(
                            secondRoundUnsatisfied(),
                            new EscalatedToSupervision(LEAD, SourceKind.PROPOSAL, PROPOSAL, 2, null, SYSTEM, at(ON))))
                    .when(new EscalateToSupervision(LEAD, null, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        private static final LocalDate ON = LocalDate.of(2026, 7, 15);

        @Test
        void aSatisfiedRoundCloses() {
            today(ON);
            fixture.given(bothSatisfied())
                    .when(new CloseHandling(LEAD, SYSTEM))
                    .expectEvents(new HandlingClosed(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            1,
                            OutcomeClass.B,
                            List.of(
                                    new Evaluation(PROPOSER.userId(), Satisfaction.SATISFIED, Satisfaction.SATISFIED),
                                    new Evaluation(CO_SIGNER.userId(), Satisfaction.SATISFIED, Satisfaction.SATISFIED)),
                            List.of(),
                            false,
                            SYSTEM,
                            at(ON)));
        }

        @Test
        void aRoundNobodyEvaluatedClosesAsNotEvaluated() {
            today(ON);
            fixture.given(history(
                            replied(),
                            new EvaluationWindowClosed(
                                    LEAD, 1, EVALUATION_WINDOW_ENDS, EVALUATORS, SYSTEM, at(AFTER_EVALUATION))))
                    .when(new CloseHandling(LEAD, STAFF))
                    .expectEvents(new HandlingClosed(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            1,
                            OutcomeClass.B,
                            List.of(),
                            EVALUATORS,
                            false,
                            STAFF,
                            at(ON)));
        }

        @Test
        void anEscalatedHandlingClosesWithItsLastRound() {
            today(ON);
            fixture.given(history(
                            secondRoundUnsatisfied(),
                            new EscalatedToSupervision(
                                    LEAD,
                                    SourceKind.PROPOSAL,
                                    PROPOSAL,
                                    2,
                                    null,
                                    SYSTEM,
                                    at(LocalDate.of(2026, 7, 14)))))
                    .when(new CloseHandling(LEAD, SYSTEM))
                    .expectEvents(new HandlingClosed(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            2,
                            OutcomeClass.A,
                            List.of(
                                    new Evaluation(
                                            PROPOSER.userId(),
                                            Satisfaction.BASICALLY_SATISFIED,
                                            Satisfaction.UNSATISFIED),
                                    new Evaluation(
                                            CO_SIGNER.userId(),
                                            Satisfaction.SATISFIED,
                                            Satisfaction.BASICALLY_SATISFIED)),
                            List.of(),
                            true,
                            SYSTEM,
                            at(ON)));
        }

        @Test
        void anUnsatisfiedRoundIsRehandledBeforeClosing() {
            fixture.given(firstRoundUnsatisfied())
                    .when(new CloseHandling(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.UNSATISFIED_UNRESOLVED));
        }

        @Test
        void anUnsatisfiedLastRoundIsEscalatedBeforeClosing() {
            fixture.given(secondRoundUnsatisfied())
                    .when(new CloseHandling(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.UNSATISFIED_UNRESOLVED));
        }

        @Test
        void closingBeforeTheReplyIsRefused() {
            fixture.given(inProgress())
                    .when(new CloseHandling(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.NOT_REPLIED));
        }

        @Test
        void closingWhileEvaluatorsAreWithinTheirWindowIsRefused() {
            fixture.given(replied())
                    .when(new CloseHandling(LEAD, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.EVALUATION_NOT_SETTLED));
        }

        @Test
        void aRetriedCloseEmitsNothing() {
            fixture.given(history(
                            bothSatisfied(),
                            new HandlingClosed(
                                    LEAD,
                                    SourceKind.PROPOSAL,
                                    PROPOSAL,
                                    HandlingRole.LEAD,
                                    1,
                                    OutcomeClass.B,
                                    List.of(),
                                    List.of(),
                                    false,
                                    SYSTEM,
                                    at(ON))))
                    .when(new CloseHandling(LEAD, SYSTEM))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class CorrectingAnAssignment {

        private static final String REASON = "交办时误选交通运输局，应由城管部门主办";

        @Test
        void theOfficeMovesAWronglyAssignedItemBeforeTheDepartmentReceivedIt() {
            fixture.given(leadOpened())
                    .when(new CorrectAssignment(LEAD, URBAN, " " + REASON, STAFF))
                    .expectEvents(new HandlingReassigned(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            TRANSPORT,
                            URBAN,
                            REASON,
                            STAFF,
                            NOW));
        }

        @Test
        void anItemInProgressCanStillBeCorrectedAndTheHandlingEnds() {
            fixture.given(inProgress())
                    .when(new CorrectAssignment(LEAD, URBAN, REASON, STAFF))
                    .expectEvents(new HandlingReassigned(
                            LEAD,
                            SourceKind.PROPOSAL,
                            PROPOSAL,
                            HandlingRole.LEAD,
                            TRANSPORT,
                            URBAN,
                            REASON,
                            STAFF,
                            NOW));
            fixture.given(history(
                            inProgress(),
                            new HandlingReassigned(
                                    LEAD,
                                    SourceKind.PROPOSAL,
                                    PROPOSAL,
                                    HandlingRole.LEAD,
                                    TRANSPORT,
                                    URBAN,
                                    REASON,
                                    STAFF,
                                    NOW)))
                    .when(new Reply(LEAD, OutcomeClass.B, REPLY_TEXT, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.HANDLING_ENDED));
        }

        @Test
        void aRepliedItemIsNotCorrected() {
            fixture.given(history(inProgress(), repliedOnTime()))
                    .when(new CorrectAssignment(LEAD, URBAN, REASON, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CORRECTION_AFTER_REPLY));
        }

        @Test
        void aCorrectionNamesAnotherDepartmentAndItsReasonAndIsTheOfficesAlone() {
            fixture.given(leadOpened())
                    .when(new CorrectAssignment(LEAD, TRANSPORT, REASON, STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.OTHER_DEPARTMENT_REQUIRED));
            fixture.given(leadOpened())
                    .when(new CorrectAssignment(LEAD, URBAN, " ", STAFF))
                    .expectNoEvents()
                    .expectException(violates(HandlingRule.CORRECTION_REASON_REQUIRED));
            fixture.given(leadOpened())
                    .when(new CorrectAssignment(LEAD, URBAN, REASON, OFFICER))
                    .expectNoEvents()
                    .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
        }
    }
}
