package org.tongxin.infra.readside;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.tongxin.engine.clue.AdoptClue;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RecordFeedback;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.clue.Submitter;
import org.tongxin.engine.handling.CloseHandling;
import org.tongxin.engine.handling.Evaluate;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.handling.ReceiveHandling;
import org.tongxin.engine.handling.Reply;
import org.tongxin.engine.handling.RequestReturn;
import org.tongxin.engine.handling.Satisfaction;
import org.tongxin.engine.handling.SendCoHandlerOpinion;
import org.tongxin.engine.proposal.AssignDepartments;
import org.tongxin.engine.proposal.Assignment;
import org.tongxin.engine.proposal.CloseProposal;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.FileProposal;
import org.tongxin.engine.proposal.HandlingMode;
import org.tongxin.engine.proposal.OutcomeSummary;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.RecordHandlingClosed;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.OutcomeClass;
import org.tongxin.engine.shared.Role;

/**
 * Drives a clue through the whole chain with real commands, as the processes will: registered with a submitter's
 * phone, adopted, drafted into a proposal, filed, assigned to transport (lead) and education (co), replied, evaluated,
 * closed and fed back. No BPMN opens handlings yet, so the scenario sends {@link OpenHandling} itself.
 */
final class CaseScenario {

    static final String PHONE = "13912345678";
    static final String NAME = "赵六";
    static final DepartmentCode TRANSPORT = new DepartmentCode("transport");
    static final DepartmentCode EDUCATION = new DepartmentCode("education");
    static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    static final ActorRef SYSTEM = ActorRef.system();
    static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    static final ActorRef TRANSPORT_OFFICER = ActorRef.officer("dept-transport", TRANSPORT);
    static final ActorRef EDUCATION_OFFICER = ActorRef.officer("dept-education", EDUCATION);
    static final String REPLY = "已在地铁站出口设置共享单车禁停区。";
    static final String FEEDBACK = "您的建议已形成提案并办结：已设置禁停区。";

    private final CommandGateway commands;
    /** Filing numbers of a year no real filing uses, unique within the test run. */
    private static final java.util.concurrent.atomic.AtomicInteger NUMBERS =
            new java.util.concurrent.atomic.AtomicInteger(
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(900_000));

    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final String clueId = "clue-" + suffix;
    final String trackingCode = "TX-T" + suffix.toUpperCase().substring(0, 7);
    final String proposalId = "P-" + suffix;
    final String lead = proposalId + "/transport/1";
    final String co = proposalId + "/education/1";
    Instant beforeReply;

    CaseScenario(CommandGateway commands) {
        this.commands = commands;
    }

    /** Up to the lead department's receipt: assigned, both handlings open, transport working on it. */
    CaseScenario untilReceived() {
        send(new RegisterClue(
                new ClueId(clueId),
                trackingCode,
                "地铁站出口共享单车乱停放" + suffix,
                "龙城街道地铁站人行出口被共享单车占用，联系电话见登记信息。",
                ClueSource.CITIZEN_IDEA,
                new Location("龙岗区", "龙城街道"),
                new Attribution("member", null, null),
                new Submitter(NAME, PHONE, true),
                ActorRef.citizen()));
        send(new ClassifyClue(
                new ClueId(clueId), "交通出行", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF));
        send(new AdoptClue(new ClueId(clueId), MEMBER));
        send(new DraftProposal(
                new ProposalId(proposalId),
                "关于地铁站出口共享单车治理的提案" + suffix,
                "建议划定停放区并由运营企业限时清理。",
                ProposerKind.MEMBER,
                MEMBER.userId(),
                List.of(),
                null,
                List.of(new ClueId(clueId)),
                MEMBER));
        send(new ConvertClue(new ClueId(clueId), ConversionTarget.PROPOSAL, proposalId, MEMBER));
        send(new SubmitProposal(new ProposalId(proposalId), MEMBER));
        send(new FileProposal(
                new ProposalId(proposalId), "城乡建设", String.format("1999-%06d", NUMBERS.incrementAndGet()), STAFF));
        send(new AssignDepartments(
                new ProposalId(proposalId),
                HandlingMode.LEAD_WITH_CO,
                List.of(new Assignment(TRANSPORT, HandlingRole.LEAD), new Assignment(EDUCATION, HandlingRole.CO)),
                List.of(),
                STAFF));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        send(new OpenHandling(
                new HandlingId(lead),
                proposalId,
                TRANSPORT,
                org.tongxin.engine.shared.HandlingRole.LEAD,
                null,
                today,
                List.of(MEMBER.userId()),
                false,
                SYSTEM));
        send(new OpenHandling(
                new HandlingId(co),
                proposalId,
                EDUCATION,
                org.tongxin.engine.shared.HandlingRole.CO,
                lead,
                today,
                List.of(MEMBER.userId()),
                false,
                SYSTEM));
        send(new ReceiveHandling(new HandlingId(lead), TRANSPORT_OFFICER));
        send(new ReceiveHandling(new HandlingId(co), EDUCATION_OFFICER));
        send(new SendCoHandlerOpinion(new HandlingId(co), "建议同步规划停车区。", EDUCATION_OFFICER));
        return this;
    }

    /** Replied, evaluated, every handling closed, the proposal closed, the clue fed back and closed. */
    CaseScenario untilClosed() {
        beforeReply = Instant.now();
        send(new Reply(new HandlingId(lead), OutcomeClass.A, REPLY, TRANSPORT_OFFICER));
        send(new Evaluate(new HandlingId(lead), Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, "好", MEMBER));
        send(new CloseHandling(new HandlingId(lead), SYSTEM));
        send(new RecordHandlingClosed(
                new ProposalId(proposalId),
                co,
                new OutcomeSummary(org.tongxin.engine.shared.OutcomeClass.A, false),
                SYSTEM));
        send(new RecordHandlingClosed(
                new ProposalId(proposalId),
                lead,
                new OutcomeSummary(org.tongxin.engine.shared.OutcomeClass.A, false),
                SYSTEM));
        send(new CloseProposal(new ProposalId(proposalId), SYSTEM));
        send(new RecordFeedback(new ClueId(clueId), proposalId, FEEDBACK, SYSTEM));
        send(new CloseClue(new ClueId(clueId), SYSTEM));
        return this;
    }

    /** The lead department asks to return the item: its clock stands still. */
    CaseScenario returnRequested() {
        send(new RequestReturn(new HandlingId(lead), "不属于本单位职责", EDUCATION, TRANSPORT_OFFICER));
        return this;
    }

    private void send(Object command) {
        commands.sendAndWait(command);
    }
}
