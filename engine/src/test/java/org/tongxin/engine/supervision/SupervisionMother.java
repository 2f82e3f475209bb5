package org.tongxin.engine.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/** Fixed ids, actors and event histories of a supervision entry. */
public final class SupervisionMother {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final SupervisionId ENTRY = new SupervisionId("S-1");
    public static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    public static final DepartmentCode EDUCATION = new DepartmentCode("education");
    public static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    public static final ActorRef LEADER = ActorRef.of("leader", Role.LEADER);
    public static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    public static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    public static final ActorRef OFFICER = ActorRef.officer("dept-transport", TRANSPORT);
    public static final ActorRef EDUCATION_OFFICER = ActorRef.officer("dept-education", EDUCATION);
    public static final ActorRef SYSTEM = ActorRef.system();
    public static final String SUBJECT = "地铁站周边共享单车乱停放整治";
    public static final String FINDING = "龙城广场站B出口仍有大量单车堵塞盲道";
    public static final HandlingId ROUND_1 =
            HandlingId.of(new SourceRef(SourceKind.RECTIFICATION, "S-1"), TRANSPORT, 1);
    public static final HandlingId ROUND_2 =
            HandlingId.of(new SourceRef(SourceKind.RECTIFICATION, "S-1"), TRANSPORT, 2);
    public static final List<SupervisionSource> SOURCES =
            List.of(new SupervisionSource(SupervisionSource.Kind.ESCALATED_HANDLING, "P-1/transport/1"));

    private SupervisionMother() {}

    public static SupervisionEntryRegistered registered() {
        return new SupervisionEntryRegistered(
                ENTRY, SUBJECT, "", SupervisionType.INSPECTION, 2026, List.of(TRANSPORT), SOURCES, STAFF, NOW);
    }

    public static SupervisionTeamFormed teamFormed() {
        return new SupervisionTeamFormed(ENTRY, List.of("member"), List.of("staff"), true, STAFF, NOW);
    }

    public static InspectionRecorded inspected() {
        return new InspectionRecorded(
                ENTRY,
                1,
                ActivityKind.INSPECTION,
                TODAY,
                "龙城广场站",
                "member, staff",
                List.of(new Finding(TRANSPORT, FINDING)),
                1,
                STAFF,
                NOW);
    }

    public static RectificationOrdered ordered(HandlingId handling, int round) {
        return new RectificationOrdered(ENTRY, 1, handling, TRANSPORT, FINDING, round, STAFF, NOW);
    }

    public static RectificationAnswered answered(HandlingId handling) {
        return new RectificationAnswered(ENTRY, 1, handling, "已划定停放区", "现场照片12张", TODAY, OFFICER, NOW);
    }

    public static Object[] underRectification() {
        return new Object[] {registered(), teamFormed(), inspected(), ordered(ROUND_1, 1)};
    }

    public static Object[] answeredOnce() {
        return new Object[] {registered(), teamFormed(), inspected(), ordered(ROUND_1, 1), answered(ROUND_1)};
    }
}
