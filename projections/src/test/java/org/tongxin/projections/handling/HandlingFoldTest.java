package org.tongxin.projections.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.engine.handling.HandlingMother.LEAD;
import static org.tongxin.engine.handling.HandlingMother.NOW;
import static org.tongxin.engine.handling.HandlingMother.OFFICER;
import static org.tongxin.engine.handling.HandlingMother.PROPOSER;
import static org.tongxin.engine.handling.HandlingMother.REPLY_DUE;
import static org.tongxin.engine.handling.HandlingMother.at;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.handling.CoHandlerOpinionReceived;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.handling.HandlingMother;
import org.tongxin.engine.handling.ReturnRejected;
import org.tongxin.engine.handling.ReturnRequested;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.projections.support.ViewJson;

class HandlingFoldTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    private static HandlingView fold(Object... events) {
        HandlingView view = null;
        for (int i = 0; i < events.length; i++) {
            view = HandlingFold.apply(view, (HandlingEvent) events[i], i);
        }
        return view;
    }

    @Test
    void aRedeliveredEventLeavesTheViewAsItIs() {
        HandlingView view = fold(HandlingMother.leadOpened(), HandlingMother.leadReceived());

        assertThat(HandlingFold.apply(view, HandlingMother.leadReceived(), 1)).isSameAs(view);
        assertThat(HandlingFold.apply(view, HandlingMother.leadOpened(), 0)).isSameAs(view);
    }

    @Test
    void anEventBeforeTheOpeningIsNotAHandling() {
        assertThat(HandlingFold.apply(null, HandlingMother.leadReceived(), 1)).isNull();
    }

    @Test
    void aReturnRequestStopsTheClockAndItsRejectionRestartsItWithTheDueDateMoved() {
        LocalDate requested = LocalDate.of(2026, 3, 4);
        HandlingView paused = fold(
                HandlingMother.leadOpened(),
                HandlingMother.leadReceived(),
                new ReturnRequested(LEAD, "不属于本单位职责", null, requested, OFFICER, at(requested)));

        HandlingClock weekLater = HandlingClock.of(paused, requested.plusDays(7), CALENDAR);
        assertThat(weekLater.paused()).isTrue();
        assertThat(weekLater.overdue()).isFalse();
        assertThat(weekLater.workingDaysLeft()).isEqualTo(CALENDAR.workingDaysBetween(requested, REPLY_DUE));

        LocalDate movedDue = LocalDate.of(2026, 6, 9);
        HandlingView resumed = HandlingFold.apply(
                paused,
                new ReturnRejected(
                        LEAD,
                        "维持交办",
                        requested.plusDays(7),
                        5,
                        null,
                        null,
                        movedDue,
                        movedDue.minusDays(14),
                        ActorRef.of("staff-li", Role.STAFF),
                        at(requested.plusDays(7))),
                3);
        assertThat(resumed.status()).isEqualTo("IN_PROGRESS");
        assertThat(resumed.pausedOn()).isNull();
        assertThat(resumed.replyDue()).isEqualTo(movedDue);
        assertThat(resumed.returnRequests()).isEqualTo(1);
        assertThat(HandlingClock.of(resumed, movedDue.plusDays(1), CALENDAR).overdue())
                .isTrue();
    }

    @Test
    void theReplyAndItsEvaluationAreKeptPerRoundAndEvaluator() {
        HandlingView view = fold(
                HandlingMother.leadOpened(),
                HandlingMother.leadReceived(),
                HandlingMother.repliedOnTime(),
                HandlingMother.satisfied(PROPOSER, false));

        assertThat(view.status()).isEqualTo("REPLIED");
        assertThat(view.outcome()).isEqualTo("B");
        assertThat(view.firstRepliedOn()).isEqualTo(HandlingMother.REPLIED_ON);
        assertThat(view.firstReplyLate()).isFalse();
        assertThat(view.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.round()).isEqualTo(1);
            assertThat(e.evaluator()).isEqualTo(PROPOSER.userId());
            assertThat(e.handlingWork()).isEqualTo("SATISFIED");
        });
        assertThat(HandlingClock.of(view, REPLY_DUE.plusDays(30), CALENDAR).overdue())
                .as("a replied handling owes nothing")
                .isFalse();
    }

    @Test
    void theStoredDocumentReadsBackAsTheSameView() {
        HandlingView view =
                fold(HandlingMother.leadOpened(), HandlingMother.leadReceived(), HandlingMother.repliedOnTime());

        assertThat(ViewJson.read(ViewJson.write(view), HandlingView.class)).isEqualTo(view);
    }

    @Test
    void theLeadKeepsItsCoHandlersOpinionsAndEveryReplyWithTheirTexts() {
        HandlingView view = fold(
                HandlingMother.leadOpened(),
                HandlingMother.leadReceived(),
                new ReturnRequested(LEAD, "不属于本单位职责", HandlingMother.HOUSING, LocalDate.of(2026, 3, 4), OFFICER, NOW),
                new ReturnRejected(
                        LEAD,
                        "维持交办",
                        LocalDate.of(2026, 3, 5),
                        1,
                        null,
                        null,
                        REPLY_DUE,
                        REPLY_DUE.minusDays(14),
                        HandlingMother.STAFF,
                        NOW),
                new CoHandlerOpinionReceived(LEAD, HandlingMother.HOUSING, "建议同步改造周边人行道。", HandlingMother.SYSTEM, NOW),
                HandlingMother.repliedOnTime());

        assertThat(view.returnReason()).isEqualTo("不属于本单位职责");
        assertThat(view.suggestedDepartment()).isEqualTo("housing");
        assertThat(view.returnNote()).isEqualTo("维持交办");
        assertThat(view.coHandlerOpinions()).singleElement().satisfies(o -> assertThat(o.opinion())
                .isEqualTo("建议同步改造周边人行道。"));
        assertThat(view.replies()).singleElement().satisfies(r -> assertThat(r.text())
                .isEqualTo(HandlingMother.repliedOnTime().text()));
    }

    @Test
    void aDocumentStoredBeforeRepliesWereKeptReadsWithNone() {
        String stored = ViewJson.write(fold(HandlingMother.leadOpened())).replace(",\"replies\":[]", "");

        assertThat(stored).doesNotContain("replies");

        HandlingView view = ViewJson.read(stored, HandlingView.class);

        assertThat(HandlingFold.apply(view, HandlingMother.leadReceived(), 1).replies())
                .isEmpty();
    }
}
