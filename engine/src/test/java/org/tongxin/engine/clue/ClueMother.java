package org.tongxin.engine.clue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;

/** Fixed ids, a fixed clock and event histories of clues. */
public final class ClueMother {

    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final ClueId CLUE = new ClueId("clue-1");
    public static final ClueId EARLIER_CLUE = new ClueId("clue-0");
    public static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    public static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    public static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    public static final ActorRef SYSTEM = ActorRef.system();

    private ClueMother() {}

    public static RegisterClue registerClue() {
        return new RegisterClue(
                CLUE,
                "TX-0000TEST",
                "人行出口被占用",
                "地铁站人行出口长期被共享单车占用，行人通行困难。",
                ClueSource.CITIZEN_IDEA,
                new Location("龙岗区", "龙城街道"),
                Attribution.none(),
                new Submitter("张三", "13812345678", true),
                ActorRef.citizen());
    }

    public static ClueRegistered clueRegistered() {
        RegisterClue c = registerClue();
        return new ClueRegistered(
                c.clueId(),
                c.trackingCode(),
                c.title(),
                c.content(),
                c.source(),
                c.location(),
                c.attribution(),
                c.submitter(),
                c.by(),
                NOW);
    }

    public static ClueClassified classified(ClueRoute route) {
        return new ClueClassified(CLUE, "交通出行", "龙城街道", route, null, null, null, STAFF, NOW);
    }

    public static ClueAdopted adopted() {
        return new ClueAdopted(CLUE, MEMBER.userId(), MEMBER, NOW);
    }

    public static ClueConverted convertedToProposal() {
        return new ClueConverted(CLUE, ConversionTarget.PROPOSAL, "proposal-1", MEMBER, NOW);
    }

    public static FeedbackRecorded feedback() {
        return new FeedbackRecorded(CLUE, "proposal-1", "交通运输局已增设护栏，A类办结。", List.of(), SYSTEM, NOW, null);
    }

    public static ClassifyClue classify(ClueRoute route) {
        return new ClassifyClue(CLUE, "交通出行", "龙城街道", route, null, null, null, STAFF);
    }
}
