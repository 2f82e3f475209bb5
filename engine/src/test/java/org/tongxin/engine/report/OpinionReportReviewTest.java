package org.tongxin.engine.report;

import static org.tongxin.engine.RuleMatchers.violates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongxin.engine.policy.ContentPolicy;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;

/** Drafting with co-authors, revision, the office's review (adopt / return / decline / forward) and the bulletin. */
class OpinionReportReviewTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final ReportId REPORT = new ReportId("report-1");
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    private static final ActorRef MEMBER2 = ActorRef.of("member2", Role.MEMBER);
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final List<ReportSource> SOURCES = List.of(new ReportSource(ReportSource.Kind.CLUE, "clue-1"));
    private static final String TITLE = "地铁出口被占";
    private static final String CONTENT = "龙城街道多个地铁出口被共享单车占用，建议划定停放区并加强巡查。";
    private static final String EDITED = "龙城街道地铁出口被共享单车占用，建议划定停放区。";

    private AggregateTestFixture<OpinionReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OpinionReport.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        fixture.registerInjectableResource(ContentPolicy.defaults());
        fixture.registerInjectableResource(ReportPolicy.defaults());
    }

    private static OpinionReportDrafted drafted() {
        return new OpinionReportDrafted(REPORT, TITLE, CONTENT, "member", SOURCES, MEMBER, NOW, List.of("member2"));
    }

    private static OpinionReportSubmitted submitted() {
        return new OpinionReportSubmitted(REPORT, MEMBER, NOW);
    }

    private static OpinionReportReturned returned(int round) {
        return new OpinionReportReturned(REPORT, "请补充具体站点", round, "member", STAFF, NOW);
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
                TITLE,
                CONTENT,
                "member",
                List.of("member2"),
                null);
    }

    @Test
    void aMemberDraftsWithCoAuthors() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, TITLE, CONTENT, SOURCES, null, List.of("member2"), MEMBER))
                .expectEvents(drafted());
    }

    @Test
    void coAuthorsAreOtherMembersEachNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, TITLE, CONTENT, SOURCES, null, List.of("member"), MEMBER))
                .expectException(violates(ReportRule.CO_AUTHOR_INVALID));
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(
                        REPORT, TITLE, CONTENT, SOURCES, null, List.of("member2", "member2"), MEMBER))
                .expectException(violates(ReportRule.CO_AUTHOR_INVALID));
    }

    @Test
    void aMemberDraftsInTheirOwnNameOnly() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, TITLE, CONTENT, SOURCES, "member2", List.of(), MEMBER))
                .expectNoEvents()
                .expectException(violates(ReportRule.OWN_NAME_ONLY));
    }

    @Test
    void theOfficeWritesUpAReportForAnAuthor() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, TITLE, CONTENT, SOURCES, "member", List.of(), STAFF))
                .expectEvents(new OpinionReportDrafted(REPORT, TITLE, CONTENT, "member", SOURCES, STAFF, NOW));
    }

    @Test
    void aTitleIsShort() {
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, "题".repeat(101), CONTENT, SOURCES, MEMBER))
                .expectException(violates(ReportRule.TITLE_TOO_LONG));
    }

    @Test
    void aConvertedProposalKeepsItsWholeTextAsADraftButIsNotSubmittedUntilShortened() {
        ActorRef system = ActorRef.system();
        OpinionReportDrafted longDraft =
                new OpinionReportDrafted(REPORT, TITLE, "字".repeat(1600), "member", SOURCES, system, NOW);
        fixture.givenNoPriorActivity()
                .when(new DraftOpinionReport(REPORT, TITLE, "字".repeat(1600), SOURCES, "member", List.of(), system))
                .expectEvents(longDraft);
        fixture.given(longDraft)
                .when(new SubmitOpinionReport(REPORT, MEMBER))
                .expectException(violates(ReportRule.TOO_LONG));
        fixture.given(longDraft, new OpinionReportRevised(REPORT, 2, TITLE, CONTENT, MEMBER, NOW))
                .when(new SubmitOpinionReport(REPORT, MEMBER))
                .expectEvents(submitted());
    }

    @Test
    void theAuthorRevisesADraftIntoItsNextVersion() {
        fixture.given(drafted())
                .when(new ReviseOpinionReport(REPORT, TITLE, EDITED, MEMBER))
                .expectEvents(new OpinionReportRevised(REPORT, 2, TITLE, EDITED, MEMBER, NOW));
    }

    @Test
    void aCoAuthorDoesNotReviseInTheAuthorsPlace() {
        fixture.given(drafted())
                .when(new ReviseOpinionReport(REPORT, TITLE, EDITED, MEMBER2))
                .expectException(violates(ReportRule.NOT_THE_AUTHOR));
    }

    @Test
    void aSubmittedReportIsNotRevisedUnderTheReviewer() {
        fixture.given(drafted(), submitted())
                .when(new ReviseOpinionReport(REPORT, TITLE, EDITED, MEMBER))
                .expectNoEvents()
                .expectException(violates(ReportRule.NOT_REVISABLE));
    }

    @Test
    void theOfficeReturnsAReportSayingWhatToRevise() {
        fixture.given(drafted(), submitted())
                .when(new ReturnOpinionReport(REPORT, "请补充具体站点", STAFF))
                .expectEvents(returned(1));
        fixture.given(drafted(), submitted())
                .when(new ReturnOpinionReport(REPORT, " ", STAFF))
                .expectException(violates(ReportRule.RETURN_REASON_REQUIRED));
    }

    @Test
    void aReturnedReportIsRevisedAndSubmittedAgain() {
        fixture.given(
                        drafted(),
                        submitted(),
                        returned(1),
                        new OpinionReportRevised(REPORT, 2, TITLE, EDITED, MEMBER, NOW))
                .when(new SubmitOpinionReport(REPORT, MEMBER))
                .expectEvents(submitted());
    }

    @Test
    void returnsAreBoundedByTheCommitteesRule() {
        fixture.given(drafted(), submitted(), returned(1), submitted(), returned(2), submitted())
                .when(new ReturnOpinionReport(REPORT, "请再改", STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.REVISION_ROUNDS_EXHAUSTED));
        AggregateTestFixture<OpinionReport> oneRound = new AggregateTestFixture<>(OpinionReport.class);
        oneRound.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        oneRound.registerInjectableResource(ContentPolicy.defaults());
        oneRound.registerInjectableResource(new ReportPolicy(1, 5, 1));
        oneRound.given(drafted(), submitted(), returned(1), submitted())
                .when(new ReturnOpinionReport(REPORT, "请再改", STAFF))
                .expectException(violates(ReportRule.REVISION_ROUNDS_EXHAUSTED));
    }

    @Test
    void anEditorsChangesBecomeANewVersion() {
        fixture.given(drafted(), submitted())
                .when(new AdoptOpinionReport(REPORT, ReportLevel.DISTRICT, "", EDITED, "压缩篇幅", STAFF))
                .expectEvents(new OpinionReportAdopted(
                        REPORT,
                        null,
                        SOURCES,
                        STAFF,
                        NOW,
                        ReportLevel.DISTRICT,
                        2,
                        true,
                        TITLE,
                        EDITED,
                        "member",
                        List.of("member2"),
                        "压缩篇幅"));
    }

    @Test
    void anAdoptionNamesItsLevel() {
        fixture.given(drafted(), submitted())
                .when(new AdoptOpinionReport(REPORT, null, STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.LEVEL_REQUIRED));
    }

    @Test
    void anEditedTextKeepsTheLengthRule() {
        fixture.given(drafted(), submitted())
                .when(new AdoptOpinionReport(REPORT, ReportLevel.CITY, null, "字".repeat(1501), null, STAFF))
                .expectException(violates(ReportRule.TOO_LONG));
    }

    @Test
    void membersDoNotReviewReports() {
        fixture.given(drafted(), submitted())
                .when(new AdoptOpinionReport(REPORT, ReportLevel.CITY, MEMBER))
                .expectException(violates(org.tongxin.engine.shared.ActorRule.ROLE_NOT_ALLOWED));
    }

    @Test
    void aCodedGroundNeedsNoFurtherWords() {
        fixture.given(drafted(), submitted())
                .when(new DeclineOpinionReport(REPORT, ReportDeclineGround.ALREADY_REPORTED, null, STAFF))
                .expectEvents(new OpinionReportDeclined(
                        REPORT, null, SOURCES, STAFF, NOW, ReportDeclineGround.ALREADY_REPORTED));
    }

    @Test
    void notAdoptingNamesAGround() {
        fixture.given(drafted(), submitted())
                .when(new DeclineOpinionReport(REPORT, null, "理由", STAFF))
                .expectException(violates(ReportRule.DECLINE_GROUND_REQUIRED));
    }

    @Test
    void theOfficeForwardsAReportToAnotherChannel() {
        fixture.given(drafted(), submitted())
                .when(new ForwardOpinionReport(REPORT, "市委办公厅信息处", null, STAFF))
                .expectEvents(new OpinionReportForwarded(REPORT, "市委办公厅信息处", null, SOURCES, STAFF, NOW));
        fixture.given(drafted(), submitted())
                .when(new ForwardOpinionReport(REPORT, "", null, STAFF))
                .expectException(violates(ReportRule.CHANNEL_REQUIRED));
    }

    @Test
    void aReviewEndsOnce() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new ForwardOpinionReport(REPORT, "市委办公厅信息处", null, STAFF))
                .expectException(violates(ReportRule.NOT_SUBMITTED));
        fixture.given(drafted(), submitted(), returned(1))
                .when(new AdoptOpinionReport(REPORT, ReportLevel.CITY, STAFF))
                .expectException(violates(ReportRule.NOT_SUBMITTED));
    }

    @Test
    void theReviewerIsRemindedOnlyWhileTheReportWaits() {
        LocalDate due = LocalDate.of(2026, 3, 9);
        fixture.given(drafted(), submitted())
                .when(new RemindReportReview(REPORT, due, ActorRef.system()))
                .expectEvents(new ReportReviewReminded(REPORT, due, NOW));
        fixture.given(drafted(), submitted(), adopted())
                .when(new RemindReportReview(REPORT, due, ActorRef.system()))
                .expectNoEvents();
    }

    @Test
    void anInstructionRecordsTheLeadersLevelAndDay() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(REPORT, "市委副书记", ReportLevel.CITY, on, "请研究落实。", List.of(), STAFF))
                .expectEvents(new LeaderInstructionRecorded(
                        REPORT, "市委副书记", "请研究落实。", List.of(), STAFF, NOW, ReportLevel.CITY, on, "member"));
    }

    @Test
    void anInstructionIsNotDatedInTheFuture() {
        fixture.given(drafted(), submitted(), adopted())
                .when(new RecordLeaderInstruction(
                        REPORT, "市委副书记", ReportLevel.CITY, LocalDate.of(2026, 3, 3), "请研究落实。", List.of(), STAFF))
                .expectNoEvents()
                .expectException(violates(ReportRule.INSTRUCTED_IN_FUTURE));
    }

    @Test
    void anAdoptedReportAppearsInOneIssue() {
        OpinionReportIncludedInBulletin included =
                new OpinionReportIncludedInBulletin(REPORT, "2026-12", "2026年第12期", "member", NOW);
        fixture.given(drafted(), submitted(), adopted())
                .when(new IncludeInBulletin(REPORT, "2026-12", "2026年第12期", ActorRef.system()))
                .expectEvents(included);
        fixture.given(drafted(), submitted(), adopted(), included)
                .when(new IncludeInBulletin(REPORT, "2026-12", "2026年第12期", ActorRef.system()))
                .expectNoEvents();
        fixture.given(drafted(), submitted(), adopted(), included)
                .when(new IncludeInBulletin(REPORT, "2026-13", "2026年第13期", ActorRef.system()))
                .expectException(violates(ReportRule.ALREADY_IN_BULLETIN));
    }

    @Test
    void onlyAnAdoptedReportAppearsInTheBulletin() {
        fixture.given(drafted(), submitted())
                .when(new IncludeInBulletin(REPORT, "2026-12", "2026年第12期", ActorRef.system()))
                .expectException(violates(ReportRule.BULLETIN_NOT_ADOPTED));
    }

    @Test
    void reasonsAndChannelsAreBounded() {
        fixture.given(drafted(), submitted())
                .when(new ReturnOpinionReport(REPORT, "改".repeat(ReportLimits.REASON_MAX + 1), STAFF))
                .expectException(violates(ReportRule.TEXT_TOO_LONG));
        fixture.given(drafted(), submitted())
                .when(new ForwardOpinionReport(REPORT, "处".repeat(ReportLimits.CHANNEL_MAX + 1), null, STAFF))
                .expectException(violates(ReportRule.TEXT_TOO_LONG));
    }
}
