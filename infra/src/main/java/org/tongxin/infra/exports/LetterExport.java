package org.tongxin.infra.exports;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.handling.FindHandling;
import org.tongxin.projections.handling.HandlingSummary;
import org.tongxin.projections.handling.HandlingView;
import org.tongxin.projections.handling.ListHandlingsOfProposal;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ProposalView;

/**
 * The assignment notice of a proposal and the reply-letter template of a department's handling, as PDF. They are the
 * office's and the departments' papers: the proposal office, the leaders, oversight and the departments the proposal
 * was assigned to may print them; a member reads the answer itself on the case page. Handling ids contain '/', so a
 * handling is named by a parameter, as on {@code /api/handlings/one}.
 */
@RestController
class LetterExport {

    static final Set<Role> READERS = Set.of(Role.STAFF, Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.DEPT_OFFICER);

    private static final List<String> OUTCOMES = List.of("A", "B", "C", "D");

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Labels labels;
    private final UiFormat format;
    private final OfficialLetters letters;

    LetterExport(
            QueryGateway queries, CurrentUser currentUser, Labels labels, UiFormat format, OfficialLetters letters) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.labels = labels;
        this.format = format;
        this.letters = letters;
    }

    @GetMapping(
            value = {"/proposals/{id}/assignment-notice.pdf", "/api/proposals/{id}/assignment-notice.pdf"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The assignment notice (交办通知) of an assigned proposal to its departments, as PDF")
    ResponseEntity<byte[]> assignmentNotice(@PathVariable String id) {
        TongxinUser me = currentUser.get();
        Access.require(me, READERS);
        ProposalView p = proposal(id, me);
        List<HandlingView> handlings = handlings(id);
        if (handlings.isEmpty()) {
            throw new NotFound("assignment of proposal " + id);
        }
        List<String> leads = handlings.stream()
                .filter(h -> !"CO".equals(h.role()))
                .map(h -> labels.department(h.department()))
                .toList();
        List<HandlingView> co =
                handlings.stream().filter(h -> "CO".equals(h.role())).toList();
        HandlingView first = handlings.get(0);
        byte[] pdf = letters.assignmentNotice(new OfficialLetters.Notice(
                labels.number(p.number()),
                p.title(),
                proposer(p),
                p.category(),
                labels.of("handling.mode.", p.mode()),
                leads,
                co.stream().map(h -> labels.department(h.department())).toList(),
                p.assignedOn() == null ? first.assignedOn() : p.assignedOn(),
                handlings.stream()
                        .filter(h -> !"CO".equals(h.role()))
                        .map(HandlingView::replyDue)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(p.replyDue()),
                co.stream()
                        .map(HandlingView::coHandlerOpinionDue)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null),
                p.keyProposal(),
                handlings.stream().noneMatch(h -> "LEAD".equals(h.role())),
                labels.today()));
        return pdf(pdf, "交办通知-" + (p.number() == null ? id : p.number()) + ".pdf");
    }

    @GetMapping(
            value = {"/handlings/reply-letter.pdf", "/api/handlings/reply-letter.pdf"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The reply-letter template (答复函) of a lead or separate handling, prefilled from the case, as PDF"
                    + " (handling ids contain '/', so the id is a parameter)")
    ResponseEntity<byte[]> replyLetter(@RequestParam String id) {
        TongxinUser me = currentUser.get();
        Access.require(me, READERS);
        HandlingView h = queries.query(new FindHandling(id), ResponseTypes.optionalInstanceOf(HandlingSummary.class))
                .join()
                .map(HandlingSummary::handling)
                .filter(v -> Access.scope(me) == null || Access.scope(me).equals(v.department()))
                .orElseThrow(() -> new NotFound("handling " + id));
        if ("CO".equals(h.role()) || !"PROPOSAL".equals(h.sourceKind())) {
            // a co-handler sends its opinion to the lead, which answers the proposer; other kinds answer otherwise
            throw new NotFound("reply letter of handling " + id);
        }
        ProposalView p = proposal(h.proposalId(), me);
        List<String> coHandlers = "LEAD".equals(h.role())
                ? handlings(h.proposalId()).stream()
                        .filter(o -> "CO".equals(o.role()))
                        .map(o -> labels.department(o.department()))
                        .toList()
                : List.of();
        byte[] pdf = letters.replyLetter(new OfficialLetters.Reply(
                labels.number(p.number()),
                p.title(),
                proposer(p),
                labels.department(h.department()),
                labels.of("handling.role.", h.role()),
                coHandlers,
                h.assignedOn(),
                h.replyDue(),
                h.outcome() == null ? null : labels.of("outcome.", h.outcome()),
                h.replyText(),
                OUTCOMES.stream().map(o -> labels.of("outcome.", o)).toList(),
                labels.today()));
        return pdf(
                pdf,
                "答复函-" + (p.number() == null ? "" : p.number() + "-") + labels.department(h.department()) + ".pdf");
    }

    private ProposalView proposal(String id, TongxinUser me) {
        return queries.query(
                        new FindProposal(id, Access.scope(me)), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join()
                .filter(p -> Access.mayReadProposal(me, p))
                .orElseThrow(() -> new NotFound("proposal " + id));
    }

    /** The proposal's handlings in force (those returned to the office as not theirs left out). */
    private List<HandlingView> handlings(String proposalId) {
        return queries
                .query(
                        new ListHandlingsOfProposal(proposalId),
                        ResponseTypes.multipleInstancesOf(HandlingSummary.class))
                .join()
                .stream()
                .map(HandlingSummary::handling)
                .filter(h -> !"RETURNED".equals(h.status()))
                .toList();
    }

    /** A member's proposal by the member's name and the salutation 委员; a body's by its name. */
    private String proposer(ProposalView p) {
        if (p.leadProposer() != null && !"BODY".equals(p.kind())) {
            String name = format.person(p.leadProposer());
            // an account's display name may already carry the salutation (王委员)
            return name.endsWith("委员") ? name : name + "委员";
        }
        return p.bodyName() == null ? "" : p.bodyName();
    }

    private static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
