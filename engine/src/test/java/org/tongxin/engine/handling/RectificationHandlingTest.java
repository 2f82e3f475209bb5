package org.tongxin.engine.handling;

import static org.tongxin.engine.RuleMatchers.violates;
import static org.tongxin.engine.handling.HandlingMother.ASSIGNED_ON;
import static org.tongxin.engine.handling.HandlingMother.NOW;
import static org.tongxin.engine.handling.HandlingMother.OFFICER;
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
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.policy.HandlingKindPolicy;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/**
 * A supervision finding a department rectifies (整改): the same handling under the rectification kind's policy — the
 * plan due first (15 working days), the rectification complete within three months (six at most), no class, no
 * co-handlers, nobody evaluates (the team verifies on the supervision entry).
 */
class RectificationHandlingTest {

    static final SourceRef ENTRY = new SourceRef(SourceKind.RECTIFICATION, "S-2026-0003");
    static final HandlingId HANDLING = HandlingId.of(ENTRY, TRANSPORT, 1);
    /** 15 working days after Monday 2 March 2026. */
    static final LocalDate PLAN_DUE = LocalDate.of(2026, 3, 23);
    /** Three months after 2 March: Tuesday 2 June, a working day. */
    static final LocalDate COMPLETION_DUE = LocalDate.of(2026, 6, 2);

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
                HANDLING, ENTRY, TRANSPORT, HandlingRole.SEPARATE, null, ASSIGNED_ON, List.of(), false, 0, SYSTEM);
    }

    static HandlingOpened opened() {
        return new HandlingOpened(
                HANDLING,
                SourceKind.RECTIFICATION,
                ENTRY.id(),
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(),
                false,
                0,
                RETURN_WINDOW_ENDS,
                PLAN_DUE,
                null,
                null,
                COMPLETION_DUE,
                LocalDate.of(2026, 5, 19),
                SYSTEM,
                at(ASSIGNED_ON));
    }

    @Test
    void aRectificationOpensWithItsPlanAndCompletionDue() {
        fixture.givenNoPriorActivity().when(open()).expectEvents(opened());
    }

    @Test
    void theCommitteeSetsThePlanAndCompletionTimes() {
        HandlingPolicy stricter = HandlingPolicy.defaults()
                .with(
                        SourceKind.RECTIFICATION,
                        HandlingKindPolicy.rectification(
                                DeadlinePolicy.defaults(), 5, Period.ofMonths(1), Period.ofMonths(2)));
        AggregateTestFixture<Handling> configured = new AggregateTestFixture<>(Handling.class);
        configured.registerInjectableResource(clock);
        configured.registerInjectableResource(stricter);
        configured.registerInjectableResource(WorkingDayCalendar.loadDefault());
        HandlingOpened expected = new HandlingOpened(
                HANDLING,
                SourceKind.RECTIFICATION,
                ENTRY.id(),
                TRANSPORT,
                HandlingRole.SEPARATE,
                null,
                ASSIGNED_ON,
                List.of(),
                false,
                0,
                RETURN_WINDOW_ENDS,
                LocalDate.of(2026, 3, 9),
                null,
                null,
                LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 3, 19),
                SYSTEM,
                at(ASSIGNED_ON));
        configured.givenNoPriorActivity().when(open()).expectEvents(expected);
    }

    @Test
    void theAnswerStatesWhatWasRectifiedWithoutAClass() {
        fixture.given(opened(), new HandlingReceived(HANDLING, OFFICER, at(RECEIVED_ON)))
                .when(new Reply(HANDLING, OutcomeClass.B, "已整改", OFFICER))
                .expectException(violates(HandlingRule.NO_OUTCOME_CLASS_FOR_KIND));
    }

    @Test
    void aRectificationIsNotRehandledHere() {
        LocalDate on = LocalDate.of(2026, 3, 20);
        fixture.given(
                        opened(),
                        new HandlingReceived(HANDLING, OFFICER, at(RECEIVED_ON)),
                        new HandlingReplied(HANDLING, 1, null, "已整改", on, COMPLETION_DUE, false, null, OFFICER, at(on)))
                .when(new Rehandle(HANDLING, "再办", STAFF))
                .expectException(violates(HandlingRule.NO_REHANDLE_FOR_KIND));
    }

    @Test
    void aRectificationHasNoCoHandlers() {
        OpenHandling lead = new OpenHandling(
                HANDLING, ENTRY, TRANSPORT, HandlingRole.LEAD, null, ASSIGNED_ON, List.of(), false, 1, SYSTEM);
        fixture.givenNoPriorActivity().when(lead).expectException(violates(HandlingRule.NO_CO_HANDLERS_FOR_KIND));
    }
}
