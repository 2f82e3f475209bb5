package org.tongxin.projections.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.consultation.Adoption;
import org.tongxin.engine.consultation.MeetingHeld;
import org.tongxin.engine.consultation.MeetingScheduled;
import org.tongxin.engine.consultation.OpinionGiverErased;
import org.tongxin.engine.consultation.OpinionPublished;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.Participants;
import org.tongxin.engine.consultation.SuggestionAnswered;
import org.tongxin.engine.consultation.SuggestionItemized;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.consultation.SuggestionsTransferred;
import org.tongxin.engine.consultation.TopicApproved;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;

class TopicFoldTest {

    private static final TopicId TOPIC = new TopicId("topic-1");
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    private static final DepartmentCode EDUCATION = new DepartmentCode("education");
    private static final HandlingId H1 = HandlingId.of(SuggestionSource.of(TOPIC, 1), TRANSPORT, 1);
    private static final HandlingId H2 = HandlingId.of(SuggestionSource.of(TOPIC, 1), EDUCATION, 1);

    private static TopicView fold(List<TopicEvent> events) {
        TopicView view = null;
        long sequence = 0;
        for (TopicEvent event : events) {
            view = TopicFold.apply(view, event, sequence++);
        }
        return view;
    }

    private static List<TopicEvent> history() {
        return List.of(
                new TopicCreated(
                        TOPIC,
                        "海吉星",
                        "背景",
                        TopicKind.ONLINE,
                        TopicOrigin.CLUES,
                        "龙岗区",
                        "布吉街道",
                        null,
                        List.of("member"),
                        List.of(TRANSPORT),
                        List.of("clue-1"),
                        STAFF,
                        NOW),
                new TopicApproved(TOPIC, null, ActorRef.of("leader", Role.LEADER), NOW),
                new MeetingScheduled(TOPIC, TODAY, "街道办", Participants.none(), NOW.plusSeconds(86_400), STAFF, NOW),
                new OpinionSubmitted(TOPIC, 1, "C-1", "建天桥", "张三", "13800000000", true, ActorRef.citizen(), NOW),
                new OpinionSubmitted(TOPIC, 2, "C-2", "不要天桥", null, null, false, ActorRef.citizen(), NOW),
                new OpinionPublished(TOPIC, 1, STAFF, NOW),
                new MeetingHeld(
                        TOPIC,
                        TODAY,
                        new Participants(List.of("member"), List.of(TRANSPORT), 20, List.of()),
                        "纪要",
                        STAFF,
                        NOW),
                new SuggestionItemized(TOPIC, 1, "建天桥", List.of(TRANSPORT, EDUCATION), 1, STAFF, NOW),
                new SuggestionsTransferred(TOPIC, List.of(H1, H2), TODAY, STAFF, NOW),
                new SuggestionAnswered(
                        TOPIC,
                        1,
                        H1,
                        TRANSPORT,
                        Adoption.ADOPTED,
                        "三个月内建成",
                        TODAY.plusMonths(3),
                        null,
                        ActorRef.officer("dept-transport", TRANSPORT),
                        NOW));
    }

    @Test
    void aSuggestionIsAnsweredOnlyWhenEveryDepartmentAnswered() {
        TopicView view = fold(history());

        assertThat(view.status()).isEqualTo("FOLLOWING_UP");
        assertThat(view.attended().headcount()).isEqualTo(22);
        SuggestionView suggestion = view.suggestions().get(0);
        assertThat(suggestion.answers()).extracting(AnswerView::department).containsExactly("transport", "education");
        assertThat(suggestion.answers().get(0).adoption()).isEqualTo("ADOPTED");
        assertThat(suggestion.state()).isEqualTo("OPEN");
        assertThat(view.adopted()).isEqualTo(1);
        assertThat(view.opinions().get(0).liftedInto()).isEqualTo(1);
    }

    @Test
    void anUnansweredHandlingPastItsDueDateIsOverdue() {
        TopicView view = fold(history());
        SuggestionView suggestion = view.suggestions().get(0);
        AnswerView late = suggestion.answers().get(1).withHandling("IN_PROGRESS", TODAY, TODAY.plusDays(1));

        assertThat(late.overdue()).isTrue();
        assertThat(suggestion
                        .withAnswers(List.of(suggestion.answers().get(0), late))
                        .state())
                .isEqualTo("OVERDUE");
        assertThat(suggestion
                        .answers()
                        .get(0)
                        .withHandling("REPLIED", TODAY, TODAY.plusDays(1))
                        .overdue())
                .isFalse();
    }

    @Test
    void thePublicSeesPublishedOpinionsWithoutNamesOrPhones() {
        TopicView view = fold(history());

        assertThat(view.publicOpinions()).hasSize(1);
        OpinionView shown = view.publicOpinions().get(0);
        assertThat(shown.text()).isEqualTo("建天桥");
        assertThat(shown.name()).isNull();
        assertThat(shown.phone()).isNull();
        assertThat(shown.trackingCode()).isNull();
    }

    @Test
    void anErasedGiverLeavesTheOpinionWithoutNameOrPhoneAndSaysSoLiveAndOnReplay() {
        List<TopicEvent> live = new java.util.ArrayList<>(history());
        live.add(new OpinionGiverErased(TOPIC, 1, "本人申请", STAFF, NOW));
        OpinionView erased = fold(live).opinions().get(0);
        assertThat(erased.name()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.giverErased()).isTrue();
        assertThat(erased.text()).isEqualTo("建天桥");
        assertThat(erased.status()).isEqualTo(OpinionView.PUBLISHED);
        assertThat(fold(live).opinions().get(1).giverErased()).isFalse();

        // a replay after the key is gone reads the opinion with an erased giver before the erasure itself
        List<TopicEvent> replayed = new java.util.ArrayList<>(history());
        replayed.set(3, new OpinionSubmitted(TOPIC, 1, "C-1", "建天桥", Submitter.erased(true), ActorRef.citizen(), NOW));
        replayed.add(new OpinionGiverErased(TOPIC, 1, "本人申请", STAFF, NOW));
        assertThat(fold(replayed).opinions()).isEqualTo(fold(live).opinions());
    }

    @Test
    void anEventFoldedAlreadyLeavesTheViewAsItIs() {
        TopicView view = fold(history());

        assertThat(TopicFold.apply(view, history().get(1), 1)).isSameAs(view);
    }
}
