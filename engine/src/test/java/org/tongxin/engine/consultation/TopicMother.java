package org.tongxin.engine.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;

/** Topic histories at each step, with fixed ids and a fixed clock, for other modules' tests. */
public final class TopicMother {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    public static final TopicId TOPIC = new TopicId("7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    public static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    public static final ActorRef LEADER = ActorRef.of("leader", Role.LEADER);
    public static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    public static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    public static final HandlingId SUGGESTION_1 = HandlingId.of(SuggestionSource.of(TOPIC, 1), TRANSPORT, 1);

    private TopicMother() {}

    public static Object[] proposed() {
        return new Object[] {
            new TopicCreated(
                    TOPIC,
                    "海吉星市场周边交通拥堵",
                    "市场周边早晚高峰拥堵。",
                    TopicKind.NEIGHBOURHOOD,
                    TopicOrigin.MEMBERS,
                    "龙岗区",
                    "布吉街道",
                    null,
                    List.of("member"),
                    List.of(TRANSPORT),
                    List.of(),
                    MEMBER,
                    NOW)
        };
    }

    public static Object[] approved() {
        return append(proposed(), new TopicApproved(TOPIC, null, LEADER, NOW));
    }

    public static Object[] scheduled() {
        return append(
                approved(),
                new MeetingScheduled(TOPIC, TODAY.plusDays(7), "布吉街道办", Participants.none(), null, STAFF, NOW));
    }

    public static Object[] held() {
        return append(scheduled(), new MeetingHeld(TOPIC, TODAY, Participants.none(), "纪要", STAFF, NOW));
    }

    public static Object[] followingUp() {
        return append(
                held(),
                new SuggestionItemized(TOPIC, 1, "建设人行天桥", List.of(TRANSPORT), null, STAFF, NOW),
                new SuggestionsTransferred(TOPIC, List.of(SUGGESTION_1), TODAY, STAFF, NOW));
    }

    public static Object[] followUpClosed() {
        return append(followingUp(), new FollowUpClosed(TOPIC, false, 1, "换届", STAFF, NOW));
    }

    private static Object[] append(Object[] history, Object... more) {
        Object[] all = new Object[history.length + more.length];
        System.arraycopy(history, 0, all, 0, history.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }
}
