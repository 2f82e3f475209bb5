package org.tongxin.engine.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;

/** Fixed ids, a fixed clock in the committee's zone, and event histories of proposals. */
public final class ProposalMother {

    /** Monday 2 March 2026, 10:00 in Shanghai: a working day well clear of holidays. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    public static final DeadlinePolicy POLICY = DeadlinePolicy.defaults();
    public static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.loadDefault();

    /** Seven calendar days after {@link #TODAY}, a Monday and a working day. */
    public static final LocalDate CO_SIGNING_DUE = LocalDate.of(2026, 3, 9);

    /** A joint proposal submitted earlier, whose co-signing due date (a working Friday) has passed. */
    public static final Instant EARLIER = Instant.parse("2026-02-20T02:00:00Z");

    public static final LocalDate PASSED_CO_SIGNING_DUE = LocalDate.of(2026, 2, 27);

    /** Three months after {@link #TODAY}: a Tuesday and a working day. */
    public static final LocalDate REPLY_DUE = LocalDate.of(2026, 6, 2);

    /** Five working days after {@link #TODAY}: 3, 4, 5, 6 and 9 March. */
    public static final LocalDate RETURN_WINDOW_ENDS = LocalDate.of(2026, 3, 9);

    public static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    public static final DepartmentCode URBAN_MANAGEMENT = new DepartmentCode("urban-management");
    public static final DepartmentCode PLANNING = new DepartmentCode("planning");
    public static final String TRANSPORT_HANDLING = "proposal-1/transport/1";
    public static final String URBAN_MANAGEMENT_HANDLING = "proposal-1/urban-management/1";

    public static final ProposalId PROPOSAL = new ProposalId("proposal-1");
    public static final ProposalId OTHER_PROPOSAL = new ProposalId("proposal-0");
    public static final ClueId CLUE = new ClueId("clue-1");
    public static final ClueId OTHER_CLUE = new ClueId("clue-2");
    public static final List<ClueId> SOURCE_CLUES = List.of(CLUE, OTHER_CLUE);

    public static final ActorRef LEAD = ActorRef.of("member-li", Role.MEMBER);
    public static final ActorRef CO_SIGNER = ActorRef.of("member-zhao", Role.MEMBER);
    public static final ActorRef OTHER_CO_SIGNER = ActorRef.of("member-qian", Role.MEMBER);
    public static final ActorRef OUTSIDER = ActorRef.of("member-sun", Role.MEMBER);
    public static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    public static final ActorRef SYSTEM = ActorRef.system();
    public static final ActorRef SUPERVISING_LEADER = ActorRef.of("leader-wang", Role.LEADER);
    public static final ActorRef OTHER_LEADER = ActorRef.of("leader-zhou", Role.LEADER);

    public static final String TITLE = "关于地铁站出口共享单车治理的提案";
    public static final String CONTENT = "地铁站人行出口长期被共享单车占用，建议划定停放区并由运营企业限时清理。";
    public static final String CATEGORY = "城乡建设";
    public static final ProposingBody SECTOR = new ProposingBody(ProposingBodyType.SECTOR, "经济界");

    private ProposalMother() {}

    /** A fixture with the clock, policy and calendar the handlers take as parameters. */
    static AggregateTestFixture<Proposal> fixture() {
        return fixture(CLOCK);
    }

    static AggregateTestFixture<Proposal> fixture(Clock clock) {
        AggregateTestFixture<Proposal> fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(POLICY);
        fixture.registerInjectableResource(CALENDAR);
        return fixture;
    }

    public static DraftProposal draftJoint() {
        return new DraftProposal(
                PROPOSAL,
                TITLE,
                CONTENT,
                ProposerKind.JOINT,
                LEAD.userId(),
                List.of(CO_SIGNER.userId(), OTHER_CO_SIGNER.userId()),
                null,
                SOURCE_CLUES,
                LEAD);
    }

    public static DraftProposal draftMember() {
        return new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.MEMBER, LEAD.userId(), List.of(), null, SOURCE_CLUES, LEAD);
    }

    public static DraftProposal draftBody() {
        return new DraftProposal(
                PROPOSAL, TITLE, CONTENT, ProposerKind.BODY, LEAD.userId(), List.of(), SECTOR, List.of(), STAFF);
    }

    public static ProposalDrafted drafted(DraftProposal c) {
        return new ProposalDrafted(
                c.proposalId(),
                c.title(),
                c.content(),
                c.kind(),
                c.leadProposer(),
                c.coSigners(),
                c.body(),
                c.sourceClues(),
                c.by(),
                NOW);
    }

    public static ProposalDrafted jointDrafted() {
        return drafted(draftJoint());
    }

    public static ProposalDrafted memberDrafted() {
        return drafted(draftMember());
    }

    public static ProposalSubmitted jointSubmitted() {
        return new ProposalSubmitted(PROPOSAL, ProposerKind.JOINT, draftJoint().coSigners(), CO_SIGNING_DUE, LEAD, NOW);
    }

    /** Submitted on 20 February; co-signers could confirm until 27 February. */
    public static ProposalSubmitted jointSubmittedEarlier() {
        return new ProposalSubmitted(
                PROPOSAL, ProposerKind.JOINT, draftJoint().coSigners(), PASSED_CO_SIGNING_DUE, LEAD, EARLIER);
    }

    public static ProposalSubmitted memberSubmitted() {
        return new ProposalSubmitted(PROPOSAL, ProposerKind.MEMBER, List.of(), null, LEAD, NOW);
    }

    /** A member's proposal waiting for filing review. */
    public static Object[] inFilingReview() {
        return new Object[] {memberDrafted(), memberSubmitted()};
    }

    public static ProposalFiled proposalFiled() {
        return new ProposalFiled(PROPOSAL, CATEGORY, STAFF, NOW, NUMBER);
    }

    /** Transport leads, urban management co-handles. */
    public static ProposalAssigned proposalAssigned() {
        return new ProposalAssigned(
                PROPOSAL,
                HandlingMode.LEAD_WITH_CO,
                List.of(
                        new AssignedHandling(TRANSPORT_HANDLING, TRANSPORT, HandlingRole.LEAD),
                        new AssignedHandling(URBAN_MANAGEMENT_HANDLING, URBAN_MANAGEMENT, HandlingRole.CO)),
                List.of(),
                TODAY,
                REPLY_DUE,
                RETURN_WINDOW_ENDS,
                List.of("member-li"),
                false,
                STAFF,
                NOW);
    }

    /** A member's proposal with transport (lead) and urban management (co-handler). */
    public static Object[] assigned() {
        return new Object[] {memberDrafted(), memberSubmitted(), proposalFiled(), proposalAssigned()};
    }

    public static KeyProposalDesignated keyProposalDesignated() {
        return new KeyProposalDesignated(PROPOSAL, SUPERVISING_LEADER.userId(), STAFF, NOW);
    }

    /** The filing number the mother's proposal is filed under. */
    public static final String NUMBER = "2026-0042";

    public static final OutcomeSummary SOLVED = new OutcomeSummary(OutcomeClass.A, false);

    public static HandlingClosureRecorded transportClosed(boolean allHandlingsClosed) {
        return new HandlingClosureRecorded(
                PROPOSAL, TRANSPORT_HANDLING, TRANSPORT, SOLVED, allHandlingsClosed, SYSTEM, NOW);
    }

    public static HandlingClosureRecorded urbanManagementClosed(boolean allHandlingsClosed) {
        return new HandlingClosureRecorded(
                PROPOSAL, URBAN_MANAGEMENT_HANDLING, URBAN_MANAGEMENT, SOLVED, allHandlingsClosed, SYSTEM, NOW);
    }

    /** Assigned, and both departments' handlings closed. */
    public static Object[] allHandlingsClosed() {
        return then(assigned(), urbanManagementClosed(false), transportClosed(true));
    }

    /** The history followed by more events. */
    public static Object[] then(Object[] history, Object... more) {
        Object[] all = Arrays.copyOf(history, history.length + more.length);
        System.arraycopy(more, 0, all, history.length, more.length);
        return all;
    }

    /** A member's proposal filed and waiting to be assigned. */
    public static Object[] filed() {
        return new Object[] {memberDrafted(), memberSubmitted(), proposalFiled()};
    }
}
