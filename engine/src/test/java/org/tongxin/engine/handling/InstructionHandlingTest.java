package org.tongxin.engine.handling;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.handling.HandlingMother.ASSIGNED_ON;
import static org.tongxin.engine.handling.HandlingMother.CONTACT_DUE;
import static org.tongxin.engine.handling.HandlingMother.LEAD;
import static org.tongxin.engine.handling.HandlingMother.NOW;
import static org.tongxin.engine.handling.HandlingMother.OFFICER;
import static org.tongxin.engine.handling.HandlingMother.PROPOSER;
import static org.tongxin.engine.handling.HandlingMother.RECEIVED_ON;
import static org.tongxin.engine.handling.HandlingMother.RETURN_WINDOW_ENDS;
import static org.tongxin.engine.handling.HandlingMother.STAFF;
import static org.tongxin.engine.handling.HandlingMother.SYSTEM;
import static org.tongxin.engine.handling.HandlingMother.TRANSPORT;
import static org.tongxin.engine.handling.HandlingMother.ZONE;
import static org.tongxin.engine.handling.HandlingMother.at;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/**
 * A leader's instruction (批示) transferred to a department: the same handling, under the instruction kind's policy
 * (no co-handlers, nobody evaluates, the reply states measures, one month to reply, at most two with extensions).
 */
class InstructionHandlingTest {

    static final SourceRef INSTRUCTION = new SourceRef(SourceKind.INSTRUCTION, "R-2026-0007");
    static final HandlingId HANDLING = HandlingId.of(INSTRUCTION, TRANSPORT, 1);
    /** One month after 2 March: Thursday 2 April, a working day. */
    static final LocalDate REPLY_DUE = LocalDate.of(2026, 4, 2);

    static final String MEASURES = "已会同街道在地铁站出口划定非机动车停放区，并安排每日巡查。";

    private final MutableClock clock = new MutableClock(NOW, ZONE);
    private AggregateTestFixture<Handling> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Handling.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(HandlingPolicy.defaults());
        fixture.registerInjectableResource(WorkingDayCalendar.loadDefault());
    }

    static OpenHandling open() {
        return new OpenHandling(
                HANDLING,
                INSTRUCTION,
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(),
                false,
                0,
                SYSTEM);
    }

    static HandlingOpened opened() {
        return new HandlingOpened(
                HANDLING,
                SourceKind.INSTRUCTION,
                INSTRUCTION.id(),
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(),
                false,
                0,
                RETURN_WINDOW_ENDS,
                CONTACT_DUE,
                null,
                null,
                REPLY_DUE,
                LocalDate.of(2026, 3, 19),
                SYSTEM,
                at(ASSIGNED_ON));
    }

    static HandlingReceived received() {
        return new HandlingReceived(HANDLING, OFFICER, at(RECEIVED_ON));
    }

    static HandlingReplied replied(LocalDate on) {
        return new HandlingReplied(HANDLING, 1, null, MEASURES, on, REPLY_DUE, false, null, OFFICER, at(on));
    }

    @Test
    void anInstructionIsOpenedWithoutEvaluatorsAndWithItsOwnReplyTime() {
        fixture.givenNoPriorActivity().when(open()).expectEvents(opened());
    }

    @Test
    void theReplyStatesMeasuresAndSettlesAtOnceWithNobodyToEvaluate() {
        LocalDate on = LocalDate.of(2026, 3, 20);
        clock.setDate(on);
        fixture.given(opened(), received())
                .when(new Reply(HANDLING, null, MEASURES, OFFICER))
                .expectEvents(replied(on));
    }

    @Test
    void aRepliedInstructionClosesWithoutEvaluation() {
        LocalDate on = LocalDate.of(2026, 3, 20);
        clock.setDate(on);
        fixture.given(opened(), received(), replied(on))
                .when(new CloseHandling(HANDLING, SYSTEM))
                .expectEvents(new HandlingClosed(
                        HANDLING,
                        SourceKind.INSTRUCTION,
                        INSTRUCTION.id(),
                        HandlingRole.SEPARATE,
                        1,
                        null,
                        List.of(),
                        List.of(),
                        false,
                        SYSTEM,
                        at(on)));
    }

    @Test
    void aReplyToAnInstructionGivesNoOutcomeClass() {
        fixture.given(opened(), received())
                .when(new Reply(HANDLING, OutcomeClass.A, MEASURES, OFFICER))
                .expectException(violates(HandlingRule.NO_OUTCOME_CLASS_FOR_KIND));
    }

    @Test
    void nobodyIsNamedToEvaluateAnInstructionsReply() {
        OpenHandling withEvaluator = new OpenHandling(
                HANDLING,
                INSTRUCTION,
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(PROPOSER.userId()),
                false,
                0,
                SYSTEM);
        fixture.givenNoPriorActivity().when(withEvaluator).expectException(violates(HandlingRule.EVALUATORS_FOR_KIND));
    }

    @Test
    void anInstructionHasNoCoHandlers() {
        OpenHandling withCoHandlers = new OpenHandling(
                HANDLING, INSTRUCTION, TRANSPORT, HandlingRole.LEAD, null, ASSIGNED_ON, List.of(), false, 2, SYSTEM);
        fixture.givenNoPriorActivity()
                .when(withCoHandlers)
                .expectException(violates(HandlingRule.NO_CO_HANDLERS_FOR_KIND));
    }

    @Test
    void theHandlingIdMustNameTheAssignedItem() {
        OpenHandling mismatched = new OpenHandling(
                LEAD, INSTRUCTION, TRANSPORT, HandlingRole.SEPARATE, null, ASSIGNED_ON, List.of(), false, 0, SYSTEM);
        fixture.givenNoPriorActivity().when(mismatched).expectException(violates(HandlingRule.SOURCE_MISMATCH));
    }

    @Test
    void aKindWithoutRulesIsNotHandled() {
        SourceRef finding = new SourceRef(SourceKind.RECTIFICATION, "S-1");
        OpenHandling rectification = new OpenHandling(
                HandlingId.of(finding, TRANSPORT, 1),
                finding,
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(),
                false,
                0,
                SYSTEM);
        // A committee whose rules leave rectification out: every kind but proposals has rules by default now.
        AggregateTestFixture<Handling> withoutRectification = new AggregateTestFixture<>(Handling.class);
        withoutRectification.registerInjectableResource(clock);
        withoutRectification.registerInjectableResource(new HandlingPolicy(java.util.Map.of(
                SourceKind.PROPOSAL,
                HandlingPolicy.defaults().of(SourceKind.PROPOSAL).orElseThrow())));
        withoutRectification.registerInjectableResource(WorkingDayCalendar.loadDefault());
        withoutRectification
                .givenNoPriorActivity()
                .when(rectification)
                .expectException(violates(HandlingRule.KIND_NOT_HANDLED));
    }

    @Test
    void anInstructionIsNeverRehandled() {
        LocalDate on = LocalDate.of(2026, 3, 20);
        fixture.given(opened(), received(), replied(on))
                .when(new Rehandle(HANDLING, "再办", STAFF))
                .expectException(violates(HandlingRule.NO_REHANDLE_FOR_KIND));
    }

    @Test
    void anInstructionsExtensionsEndAtItsOwnCap() {
        fixture.given(opened(), received())
                .when(new RequestExtension(HANDLING, Period.ofMonths(2), "需协调多个街道", OFFICER))
                .expectException(violates(HandlingRule.EXTENSION_BEYOND_CAP));
    }
}
