package org.tongxin.infra.edge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.tongxin.engine.clue.AdoptClue;
import org.tongxin.engine.clue.Attribution;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.ClueSource;
import org.tongxin.engine.clue.ConversionTarget;
import org.tongxin.engine.clue.ConvertClue;
import org.tongxin.engine.clue.Location;
import org.tongxin.engine.clue.RegisterClue;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.proposal.AssignDepartments;
import org.tongxin.engine.proposal.Assignment;
import org.tongxin.engine.proposal.DraftProposal;
import org.tongxin.engine.proposal.FileProposal;
import org.tongxin.engine.proposal.HandlingMode;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposerKind;
import org.tongxin.engine.proposal.SubmitProposal;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.Role;

/**
 * A clue drafted into a proposal that is filed and assigned to one department only, its handling open: what a
 * department officer of that department may read and an officer of any other may not know exists.
 */
public record AssignedProposal(String clueId, String proposalId, String handlingId, String department) {

    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);
    private static final ActorRef MEMBER = ActorRef.of("member", Role.MEMBER);
    /** Filing numbers of a year no real filing uses, so they never meet the application's own counter. */
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    public static AssignedProposal to(CommandGateway commands, String department) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignedProposal p = new AssignedProposal(
                "clue-" + suffix, "P-" + suffix, "P-" + suffix + "/" + department + "/1", department);
        DepartmentCode code = new DepartmentCode(department);
        commands.sendAndWait(new RegisterClue(
                new ClueId(p.clueId),
                "TX-S" + suffix.toUpperCase().substring(0, 7),
                "校车接送路线调整" + suffix,
                "建议调整校车接送路线，避开早高峰主干道。",
                ClueSource.CITIZEN_IDEA,
                new Location("龙岗区", "龙城街道"),
                new Attribution("member", null, null),
                null,
                ActorRef.citizen()));
        commands.sendAndWait(new ClassifyClue(
                new ClueId(p.clueId), "教育", null, ClueRoute.PUBLISH_FOR_ADOPTION, null, null, null, STAFF));
        commands.sendAndWait(new AdoptClue(new ClueId(p.clueId), MEMBER));
        commands.sendAndWait(new DraftProposal(
                new ProposalId(p.proposalId),
                "关于调整校车接送路线的提案" + suffix,
                "建议教育部门会同交通部门调整校车路线。",
                ProposerKind.MEMBER,
                MEMBER.userId(),
                List.of(),
                null,
                List.of(new ClueId(p.clueId)),
                MEMBER));
        commands.sendAndWait(new ConvertClue(new ClueId(p.clueId), ConversionTarget.PROPOSAL, p.proposalId, MEMBER));
        commands.sendAndWait(new SubmitProposal(new ProposalId(p.proposalId), MEMBER));
        commands.sendAndWait(new FileProposal(new ProposalId(p.proposalId), "教育", nextNumber(), STAFF));
        commands.sendAndWait(new AssignDepartments(
                new ProposalId(p.proposalId),
                HandlingMode.LEAD_WITH_CO,
                List.of(new Assignment(code, HandlingRole.LEAD)),
                List.of(),
                STAFF));
        commands.sendAndWait(new OpenHandling(
                new HandlingId(p.handlingId),
                p.proposalId,
                code,
                org.tongxin.engine.shared.HandlingRole.LEAD,
                null,
                LocalDate.now(ZoneId.of("Asia/Shanghai")),
                List.of(MEMBER.userId()),
                false,
                ActorRef.system()));
        return p;
    }

    private static String nextNumber() {
        return "1999-%04d".formatted(NUMBERS.incrementAndGet());
    }
}
