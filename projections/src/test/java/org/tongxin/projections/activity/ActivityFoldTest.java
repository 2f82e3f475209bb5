package org.tongxin.projections.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClueAdopted;
import org.tongxin.engine.clue.ClueClassified;
import org.tongxin.engine.clue.ClueClosed;
import org.tongxin.engine.clue.ClueConverted;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.ClueStatus;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.consultation.MeetingHeld;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.Participants;
import org.tongxin.engine.consultation.TopicApproved;
import org.tongxin.engine.consultation.TopicCreated;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.consultation.TopicOrigin;
import org.tongxin.engine.handling.EvaluationGiven;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.Satisfaction;
import org.tongxin.engine.proposal.CoSignatureConfirmed;
import org.tongxin.engine.proposal.CoSigningClosed;
import org.tongxin.engine.proposal.ProposalDrafted;
import org.tongxin.engine.proposal.ProposalFiled;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalNotFiled;
import org.tongxin.engine.proposal.ProposalSubmitted;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.ProposingBody;
import org.tongxin.engine.proposal.ProposingBodyType;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.report.OpinionReportAdopted;
import org.tongxin.engine.report.OpinionReportDrafted;
import org.tongxin.engine.report.OpinionReportSubmitted;
import org.tongxin.engine.report.ReportId;
import org.tongxin.engine.report.ReportLevel;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.supervision.ActivityKind;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.InspectionRecorded;
import org.tongxin.engine.supervision.SpecialSupervisorAppointed;
import org.tongxin.engine.supervision.SpecialSupervisorId;
import org.tongxin.engine.supervision.SupervisionEntryRegistered;
import org.tongxin.engine.supervision.SupervisionId;
import org.tongxin.engine.supervision.SupervisionTeamFormed;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.engine.supervision.SupervisorFindingRecorded;

/** Each kind of activity, folded from the events that make it. */
class ActivityFoldTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-12-31 23:30 in Shanghai: the day and year are the committee's, not UTC's. */
    private static final Instant NOW = Instant.parse("2026-12-31T15:30:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");

    private static ActivitySource fold(String id, String type, Object... events) {
        ActivitySource s = ActivitySource.of(id, type);
        for (int i = 0; i < events.length; i++) {
            s = ActivityFold.apply(s, events[i], i, ZONE);
        }
        return s;
    }

    @Test
    void aClueRaisedByAMemberCarriesItsOutcomeAndTheAdopterTakesItUp() {
        ClueId clue = new ClueId("c-1");
        ActivitySource s = fold(
                "c-1",
                "Clue",
                new ClueRegistered(
                        clue,
                        "TX-1",
                        "地铁口单车占道",
                        "龙城街道地铁站出口被共享单车占用",
                        ClueSource.MEMBER_RESEARCH,
                        new Location("龙岗区", "龙城街道"),
                        new Attribution("member", null, null),
                        null,
                        MEMBER,
                        NOW),
                new ClueClassified(clue, "交通出行", "龙城街道", ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF, NOW),
                new ClueAdopted(clue, "member2", MEMBER2, NOW),
                new ClueConverted(clue, ConversionTarget.PROPOSAL, "p-1", MEMBER2, NOW),
                new ClueClosed(clue, ClueStatus.CLOSED, ActorRef.system(), NOW));

        assertThat(s.title()).isEqualTo("地铁口单车占道");
        assertThat(s.activities())
                .extracting(MemberActivity::member, MemberActivity::kind, MemberActivity::outcome, MemberActivity::on)
                .containsExactly(
                        tuple("member", org.tongxin.projections.activity.ActivityKind.CLUE_RAISED, "CONVERTED", TODAY),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.CLUE_ADOPTED,
                                "CONVERTED",
                                TODAY));
        assertThat(s.activities()).allSatisfy(a -> assertThat(a.link()).isEqualTo("/cases/c-1"));
    }

    @Test
    void aCitizensClueIsNoMembersActivity() {
        ActivitySource s = fold(
                "c-2",
                "Clue",
                new ClueRegistered(
                        new ClueId("c-2"),
                        "TX-2",
                        "路灯不亮",
                        "路灯不亮",
                        ClueSource.CITIZEN_IDEA,
                        new Location("龙岗区", null),
                        Attribution.none(),
                        null,
                        ActorRef.citizen(),
                        NOW));

        assertThat(s.activities()).isEmpty();
        assertThat(s.version()).isZero();
    }

    @Test
    void aJointProposalCountsForItsLeadAndTheCoSignersWhoConfirmedAndIsFiled() {
        ProposalId p = new ProposalId("p-1");
        ActivitySource s = fold(
                "p-1",
                "Proposal",
                new ProposalDrafted(
                        p,
                        "关于地铁口秩序的提案",
                        "内容",
                        ProposerKind.JOINT,
                        "member",
                        List.of("member2", "member3"),
                        null,
                        List.of(),
                        MEMBER,
                        NOW),
                new ProposalSubmitted(
                        p, ProposerKind.JOINT, List.of("member2", "member3"), TODAY.plusDays(7), MEMBER, NOW),
                new CoSignatureConfirmed(p, false, MEMBER2, NOW),
                new CoSigningClosed(p, List.of("member2"), List.of("member3"), ActorRef.system(), NOW),
                new ProposalFiled(p, "交通出行", STAFF, NOW, "2026-0001"));

        assertThat(s.activities())
                .extracting(MemberActivity::member, MemberActivity::kind, MemberActivity::outcome)
                .containsExactly(
                        tuple("member", org.tongxin.projections.activity.ActivityKind.PROPOSAL_LEAD, "FILED"),
                        tuple("member2", org.tongxin.projections.activity.ActivityKind.PROPOSAL_JOINT, "FILED"));
    }

    @Test
    void aCollectiveProposalNotFiledIsRecordedAsSuch() {
        ProposalId p = new ProposalId("p-2");
        ActivitySource s = fold(
                "p-2",
                "Proposal",
                new ProposalDrafted(
                        p,
                        "经济界集体提案",
                        "内容",
                        ProposerKind.BODY,
                        "member",
                        List.of(),
                        new ProposingBody(ProposingBodyType.SECTOR, "经济界"),
                        List.of(),
                        STAFF,
                        NOW),
                new ProposalSubmitted(p, ProposerKind.BODY, List.of(), null, STAFF, NOW),
                new ProposalNotFiled(p, null, null, null, "属学术问题", List.of(), STAFF, NOW));

        assertThat(s.activities())
                .extracting(MemberActivity::member, MemberActivity::kind, MemberActivity::outcome)
                .containsExactly(tuple(
                        "member", org.tongxin.projections.activity.ActivityKind.PROPOSAL_COLLECTIVE, "NOT_FILED"));
    }

    @Test
    void aReplyReachesEveryEvaluatorAndEachEvaluationCountsForItsEvaluator() {
        HandlingId h = HandlingId.of("p-1", TRANSPORT, 1);
        ActivitySource s = fold(
                h.value(),
                "Handling",
                new HandlingOpened(
                        h,
                        SourceKind.PROPOSAL,
                        "p-1",
                        TRANSPORT,
                        HandlingRole.LEAD,
                        null,
                        TODAY,
                        List.of("member", "member2"),
                        false,
                        0,
                        TODAY,
                        TODAY,
                        null,
                        null,
                        TODAY,
                        TODAY,
                        STAFF,
                        NOW),
                new HandlingReplied(
                        h,
                        1,
                        OutcomeClass.A,
                        "已解决",
                        TODAY,
                        TODAY,
                        false,
                        TODAY,
                        ActorRef.officer("dept-transport", TRANSPORT),
                        NOW),
                new EvaluationGiven(
                        h, 1, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, "", false, MEMBER, NOW));

        assertThat(s.activities())
                .extracting(
                        MemberActivity::member,
                        MemberActivity::kind,
                        MemberActivity::outcome,
                        MemberActivity::subjectId,
                        MemberActivity::department)
                .containsExactly(
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.PROPOSAL_REPLY,
                                "A",
                                "p-1",
                                "transport"),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.PROPOSAL_REPLY,
                                "A",
                                "p-1",
                                "transport"),
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.PROPOSAL_EVALUATION,
                                "BASICALLY_SATISFIED",
                                "p-1",
                                "transport"));
        assertThat(s.activities()).allSatisfy(a -> assertThat(a.title()).isNull());
    }

    @Test
    void aReportAdoptedAndInstructedCountsForItsAuthorsAtTheirLevels() {
        ReportId r = new ReportId("r-1");
        ActivitySource s = fold(
                "r-1",
                "OpinionReport",
                new OpinionReportDrafted(r, "学校周边拥堵", "内容", "member", List.of(), MEMBER, NOW, List.of("member2")),
                new OpinionReportSubmitted(r, MEMBER, NOW, "member"),
                new OpinionReportAdopted(
                        r,
                        null,
                        List.of(),
                        STAFF,
                        NOW,
                        ReportLevel.CITY,
                        1,
                        false,
                        "学校周边拥堵",
                        "内容",
                        "member",
                        List.of("member2"),
                        null),
                new LeaderInstructionRecorded(
                        r,
                        "leader",
                        "请交通局研究",
                        List.of(),
                        STAFF,
                        NOW,
                        ReportLevel.PROVINCE,
                        LocalDate.of(2027, 1, 4),
                        "member"));

        assertThat(s.activities())
                .extracting(
                        MemberActivity::member,
                        MemberActivity::kind,
                        MemberActivity::level,
                        MemberActivity::outcome,
                        MemberActivity::year)
                .containsExactly(
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.REPORT_SUBMITTED,
                                null,
                                "ADOPTED",
                                2026),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.REPORT_SUBMITTED,
                                null,
                                "ADOPTED",
                                2026),
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.REPORT_ADOPTED,
                                "CITY",
                                null,
                                2026),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.REPORT_ADOPTED,
                                "CITY",
                                null,
                                2026),
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.REPORT_INSTRUCTED,
                                "PROVINCE",
                                null,
                                2027),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.REPORT_INSTRUCTED,
                                "PROVINCE",
                                null,
                                2027));
    }

    @Test
    void aConsultationCountsForItsLeadTheMembersAtTheMeetingAndMembersOpinions() {
        TopicId t = new TopicId("t-1");
        LocalDate meeting = LocalDate.of(2026, 6, 18);
        ActivitySource s = fold(
                "t-1",
                "ConsultationTopic",
                new TopicCreated(
                        t,
                        "老旧小区加装电梯",
                        "背景",
                        TopicKind.ONLINE,
                        TopicOrigin.MEMBERS,
                        "龙岗区",
                        "龙城街道",
                        null,
                        List.of("member"),
                        List.of(TRANSPORT),
                        List.of(),
                        STAFF,
                        NOW),
                new TopicApproved(t, "同意", ActorRef.of("leader", Role.LEADER), NOW),
                new OpinionSubmitted(t, 1, "OP-1", "建议分摊费用", null, null, true, MEMBER2, NOW),
                new OpinionSubmitted(t, 2, "OP-2", "支持", "张三", "13800000000", true, ActorRef.citizen(), NOW),
                new MeetingHeld(
                        t,
                        meeting,
                        new Participants(List.of("member", "member2"), List.of(TRANSPORT), 12, List.of()),
                        "纪要",
                        STAFF,
                        NOW));

        assertThat(s.activities())
                .extracting(MemberActivity::member, MemberActivity::kind, MemberActivity::outcome, MemberActivity::on)
                .containsExactly(
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.CONSULTATION_LED,
                                "APPROVED",
                                TODAY),
                        tuple("member2", org.tongxin.projections.activity.ActivityKind.ONLINE_OPINION, null, TODAY),
                        tuple(
                                "member",
                                org.tongxin.projections.activity.ActivityKind.CONSULTATION_ATTENDED,
                                null,
                                meeting),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.CONSULTATION_ATTENDED,
                                null,
                                meeting));
    }

    @Test
    void aSupervisionTeamsInspectionCountsForEachOfItsMembers() {
        SupervisionId e = new SupervisionId("s-1");
        LocalDate inspected = LocalDate.of(2026, 9, 9);
        ActivitySource s = fold(
                "s-1",
                "SupervisionEntry",
                new SupervisionEntryRegistered(
                        e,
                        "校园周边交通安全",
                        "说明",
                        SupervisionType.INSPECTION,
                        2026,
                        List.of(TRANSPORT),
                        List.of(),
                        STAFF,
                        NOW),
                new SupervisionTeamFormed(e, List.of("member", "member2"), List.of("staff"), false, STAFF, NOW),
                new InspectionRecorded(
                        e, 1, ActivityKind.INSPECTION, inspected, "龙城小学", "委员 2 人", List.of(), 1, STAFF, NOW));

        assertThat(s.activities())
                .extracting(MemberActivity::member, MemberActivity::kind, MemberActivity::on)
                .containsExactly(
                        tuple("member", org.tongxin.projections.activity.ActivityKind.SUPERVISION_TEAM, TODAY),
                        tuple("member2", org.tongxin.projections.activity.ActivityKind.SUPERVISION_TEAM, TODAY),
                        tuple("member", org.tongxin.projections.activity.ActivityKind.INSPECTION, inspected),
                        tuple("member2", org.tongxin.projections.activity.ActivityKind.INSPECTION, inspected));
    }

    @Test
    void aSpecialSupervisorsAppointmentAndFindingsAreTheirs() {
        SpecialSupervisorId m = new SpecialSupervisorId("member2");
        DepartmentCode education = new DepartmentCode("education");
        ActivitySource s = fold(
                "member2",
                "SpecialSupervisor",
                new SpecialSupervisorAppointed(
                        m, education, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), STAFF, NOW),
                new SupervisorFindingRecorded(
                        m, 1, education, "课后服务收费不透明", "说明", LocalDate.of(2026, 10, 10), FindingRoute.POOL, STAFF, NOW));

        assertThat(s.activities())
                .extracting(
                        MemberActivity::member, MemberActivity::kind, MemberActivity::title, MemberActivity::department)
                .containsExactly(
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.SPECIAL_SUPERVISOR,
                                null,
                                "education"),
                        tuple(
                                "member2",
                                org.tongxin.projections.activity.ActivityKind.SUPERVISOR_FINDING,
                                "课后服务收费不透明",
                                "education"));
        assertThat(s.activities().get(1).link())
                .isEqualTo("/supervision/"
                        + SupervisionId.derivedFrom("finding:member2:1").value());
    }

    @Test
    void anEventFoldedTwiceChangesNothing() {
        ProposalId p = new ProposalId("p-3");
        ProposalDrafted drafted = new ProposalDrafted(
                p, "标题", "内容", ProposerKind.MEMBER, "member", List.of(), null, List.of(), MEMBER, NOW);
        ProposalSubmitted submitted = new ProposalSubmitted(p, ProposerKind.MEMBER, List.of(), null, MEMBER, NOW);
        ActivitySource once = fold("p-3", "Proposal", drafted, submitted);

        assertThat(ActivityFold.apply(once, submitted, 1, ZONE)).isSameAs(once);
        assertThat(ActivityFold.apply(once, drafted, 0, ZONE)).isSameAs(once);
        assertThat(once.activities()).hasSize(1);
    }
}
