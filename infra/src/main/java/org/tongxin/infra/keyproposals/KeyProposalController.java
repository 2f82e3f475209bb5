package org.tongxin.infra.keyproposals;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.web.NotFound;
import org.tongxin.processes.task.References;
import org.tongxin.projections.keyproposal.KeyProposalClock;
import org.tongxin.projections.keyproposal.ListKeyProposalClocks;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Key proposals (重点提案) with each department's clock, and their 督办 meetings. A leader reads the key proposals
 * they supervise; the office and supervisors read all (or one leader's); a leader records meetings on their own key
 * proposals, the office on any.
 */
@RestController
@RequestMapping("/api/key-proposals")
public class KeyProposalController {

    /** Who reads every key proposal; a leader reads their own. */
    static final Set<Role> READ_ALL = Set.of(Role.STAFF, Role.SUPERVISOR);

    static final Set<Role> RECORD_MEETINGS = Set.of(Role.STAFF, Role.LEADER);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final References references;

    KeyProposalController(
            QueryGateway queries, CommandGateway commands, CurrentUser currentUser, References references) {
        this.queries = queries;
        this.commands = commands;
        this.currentUser = currentUser;
        this.references = references;
    }

    @GetMapping
    @Operation(
            summary = "Key proposals with each department's clock: a leader's own; the office and supervisors all,"
                    + " or one leader's with ?leader=")
    List<KeyProposalClock> list(@RequestParam(required = false) String leader) {
        TongxinUser me = currentUser.get();
        return queries.query(
                        new ListKeyProposalClocks(scope(me, leader)),
                        ResponseTypes.multipleInstancesOf(KeyProposalClock.class))
                .join();
    }

    /** Whose key proposals the caller reads: a leader their own, whatever was asked; null for all. */
    static String scope(TongxinUser me, String asked) {
        if (me.role() == Role.LEADER) {
            return me.username();
        }
        Access.require(me, READ_ALL);
        return asked == null || asked.isBlank() ? null : asked.strip();
    }

    @PostMapping("/{id}/meetings")
    @Operation(summary = "Records a 督办 meeting held on a key proposal (date, participants, departments, agreed)")
    ResponseEntity<Void> recordMeeting(@PathVariable String id, @RequestBody(required = false) MeetingInput body) {
        TongxinUser me = currentUser.get();
        Access.require(me, RECORD_MEETINGS);
        ProposalView proposal = find(queries, id);
        MeetingInput input = body == null ? new MeetingInput(null, null, null, null) : body;
        commands.sendAndWait(input.command(references, proposal.proposalId(), me.actor()));
        return ResponseEntity.noContent().build();
    }

    /** A proposal by id; an id no proposal can have is simply not found. */
    static ProposalView find(QueryGateway queries, String id) {
        if (id == null || id.length() > 64 || id.contains("/")) {
            throw new NotFound("proposal " + id);
        }
        return queries.query(new FindProposal(id), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .orElseThrow(() -> new NotFound("proposal " + id));
    }
}
