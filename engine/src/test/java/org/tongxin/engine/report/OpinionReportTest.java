package org.tongxin.engine.report;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.ActorRule;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

class OpinionReportTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final ReportId REPORT = new ReportId("report-1");
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final List<ReportSource> SOURCES = List.of(new ReportSource(ReportSource.Kind.CLUE, "clue-1"));
    private static final String CONTENT = "龙城街道多个地铁出口被共享单车占用，建议划定停放区并加强巡查。";

    private AggregateTestFixture<OpinionReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OpinionReport.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        fixture.registerInjectableResource(ContentPolicy.defaults());
        fixture.registerInjectableResource(ReportPolicy.defaults());
    }

    private static OpinionReportDrafted drafted() {
        return new OpinionReportDrafted(REPORT, "地铁出口被占", CONTENT, "member", SOURCES, MEMBER, NOW);
    }

    private static OpinionReportSubmitted submitted() {
        return new OpinionReportSubmitted(REPORT, MEMBER, NOW);
    }

    private static OpinionReportAdopted adopted() {
        return new OpinionReportAdopted(
                REPORT,
                null,
                SOURCES,
                STAFF,
                NOW,
                ReportLevel.CITY,
                1,
                false,
                "地铁出口被占",
                CONTENT,
                "member",
                List.of(),
                null);
    }

    @Test
    void aMemberDraftsAReportOfOneMatter() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "地铁出口被占", CONTENT, SOURCES, MEMBER))
                .expectEvents(drafted());
    }

    @Test
    void aReportOfExactlyTheLimitIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "长", "字".repeat(1500), SOURCES, MEMBER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReportLongerThan1500CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "太长", "字".repeat(1501), SOURCES, MEMBER))
                .expectNoEvents()
                .expectException(violates(ReportRule.TOO_LONG));
    }

    @Test
    void theLimitIsTheCommitteesToSet() {
        AggregateTestFixture<OpinionReport> stricter = new AggregateTestFixture<>(OpinionReport.class);
        stricter.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        stricter.registerInjectableResource(new ContentPolicy(100));
        stricter.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "长", "字".repeat(101), SOURCES, MEMBER))
                .expectException(violates(ReportRule.TOO_LONG));
    }

    @Test
    void aReportNeedsTitleAndContent() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "", CONTENT, SOURCES, MEMBER))
                .expectNoEvents()
                .expectException(violates(ReportRule.TITLE_AND_CONTENT_REQUIRED));
    }

    @Test
    void citizensDoNotDraftReportsThemselves() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "标题", CONTENT, SOURCES, ActorRef.citizen()))
                .expectNoEvents()
                .expectException(violates(ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void theAuthorSubmits() {
        fixture.given(drafted()).when(new SubmitOpinionReport(REPORT, MEMBER)).expectEvents(submitted());
    }

    @Test
    void anotherMemberCannotSubmitIt() {
        fixture.given(drafted())
                .when(new SubmitOpinionReport(REPORT, MEMBER2))
                .expectNoEvents()
                .expectException(violates(ReportRule.NOT_THE_AUTHOR));
    }

    @Test
    void aSubmittedReportIsNotSubmittedTwice() {
        fixture.given(drafted(), submitted())
                .when(new SubmitOpinionReport(REPORT, MEMBER))
                .expectNoEvents()
                .expectException(violates(ReportRule.NOT_A_DRAFT));
    }

    @Test
    void theOfficeAdoptsItAtALevelKeepingItsSourcesAndText() {
        fixture.given(drafted(), submitted())
                .when(new AdoptOpinionReport(REPORT, ReportLevel.CITY, STAFF))
                .expectEvents(adopted());
    }

    @Test
    void aDraftIsNotAdopted() {
        fixture.given(drafted())
                .when(new AdoptOpinionReport(REPORT, ReportLevel.CITY, STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.NOT_SUBMITTED));
    }

    @Test
    void notAdoptingNeedsAReason() {
        fixture.given(drafted(), submitted())
                .when(new DeclineOpinionReport(REPORT, "", STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.REASON_REQUIRED));
        fixture.given(drafted(), submitted())
                .when(new DeclineOpinionReport(REPORT, "与已报送信息重复", STAFF))
                .expectEvents(new OpinionReportDeclined(REPORT, "与已报送信息重复", SOURCES, STAFF, NOW));
    }

    @Test
    void aLeaderInstructionFollowsAnAdoptedReport() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(REPORT, "市委副书记", "请交通运输局研究落实。", STAFF))
                .expectEvents(new LeaderInstructionRecorded(
                        REPORT, "市委副书记", "请交通运输局研究落实。", List.of(), STAFF, NOW, null, null, "member"));
    }

    @Test
    void noInstructionOnAReportNotAdopted() {
        fixture.given(drafted(), submitted())
                .when(new RecordLeaderInstruction(REPORT, "市委副书记", "批示", STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.NOT_ADOPTED));
    }

    @Test
    void anInstructionNamesItsLeader() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(REPORT, "", "批示", STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.INSTRUCTION_INCOMPLETE));
    }

    private static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    private static final DepartmentCode URBAN = new DepartmentCode("urban-management");
    private static final SourceRef INSTRUCTION = new SourceRef(SourceKind.INSTRUCTION, REPORT.value());
    private static final HandlingId TO_TRANSPORT = HandlingId.of(INSTRUCTION, TRANSPORT, 1);
    private static final HandlingId TO_URBAN = HandlingId.of(INSTRUCTION, URBAN, 1);
    private static final String MEASURES = "已划定停放区，街道每日巡查。";

    private static LeaderInstructionRecorded transferredToTwo() {
        return new LeaderInstructionRecorded(
                REPORT, "市委副书记", "请交通运输局、城管局研究落实。", List.of(TO_TRANSPORT, TO_URBAN), STAFF, NOW, null, null, "member");
    }

    @Test
    void anInstructionTransfersTheMatterToEachDepartmentItNames() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(REPORT, "市委副书记", "请交通运输局、城管局研究落实。", List.of(TRANSPORT, URBAN), STAFF))
                .expectEvents(transferredToTwo());
    }

    @Test
    void aSecondInstructionToTheSameDepartmentOpensItsNextHandling() {
        fixture.given(drafted(), submitted(), adopted(), transferredToTwo())
                .when(new RecordLeaderInstruction(REPORT, "区长", "请交通运输局跟进。", List.of(TRANSPORT), STAFF))
                .expectEvents(new LeaderInstructionRecorded(
                        REPORT,
                        "区长",
                        "请交通运输局跟进。",
                        List.of(HandlingId.of(INSTRUCTION, TRANSPORT, 2)),
                        STAFF,
                        NOW,
                        null,
                        null,
                        "member"));
    }

    @Test
    void anInstructionNamesEachDepartmentOnce() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(REPORT, "市委副书记", "批示", List.of(TRANSPORT, TRANSPORT), STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.DEPARTMENT_NAMED_TWICE));
    }

    @Test
    void aDepartmentsReplyIsFedBackToTheAuthorOnce() {
        java.time.LocalDate on = java.time.LocalDate.of(2026, 3, 20);
        InstructionReplyRecorded recorded =
                new InstructionReplyRecorded(REPORT, TO_URBAN, "member", MEASURES, on, ActorRef.system(), NOW, SOURCES);
        fixture.given(drafted(), submitted(), adopted(), transferredToTwo())
                .when(new RecordInstructionReply(REPORT, TO_URBAN, MEASURES, on, ActorRef.system()))
                .expectEvents(recorded);
        fixture.given(drafted(), submitted(), adopted(), transferredToTwo(), recorded)
                .when(new RecordInstructionReply(REPORT, TO_URBAN, MEASURES, on, ActorRef.system()))
                .expectNoEvents();
    }

    @Test
    void onlyADepartmentTheMatterWentToIsFedBack() {
        HandlingId elsewhere = HandlingId.of(INSTRUCTION, new DepartmentCode("housing"), 1);
        fixture.given(drafted(), submitted(), adopted(), transferredToTwo())
                .when(new RecordInstructionReply(
                        REPORT, elsewhere, MEASURES, java.time.LocalDate.of(2026, 3, 20), ActorRef.system()))
                .expectException(violates(ReportRule.UNKNOWN_TRANSFER));
    }
}
