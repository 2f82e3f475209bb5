package org.tongxin.infra.proposals;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.proposal.ProposalId;
import org.tongxin.engine.proposal.ProposalLimits;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.infra.directory.Directory;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.ResearchReference;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.ControlCharacters;
import org.tongxin.infra.web.InlineFormErrors;
import org.tongxin.infra.web.RefusedInput;
import org.tongxin.infra.web.RuleStatus;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.proposal.ProposalDrafts;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.proposal.FindProposal;
import org.tongxin.projections.proposal.ListProposals;
import org.tongxin.projections.proposal.ProposalPage;
import org.tongxin.projections.proposal.ProposalView;

/**
 * Writing proposals in the browser (写提案): the list of one's proposals (drafts first), the form for a member's own
 * proposal, the office's for a member's proposal received on paper or for a body's, a body account's for its own,
 * editing a draft, and withdrawing before filing with a reason. Every form answers a refused field beside the field
 * and a refusal by a rule in a sentence.
 */
@Controller
class ProposalPages {

    private static final int LIST_SIZE = 50;
    private static final Set<String> WITHDRAWABLE = Set.of("DRAFT", "AWAITING_CO_SIGNERS", "IN_FILING_REVIEW");
    private static final List<String> FIELDS = List.of(
            "title",
            "category",
            "content",
            "suggestions",
            "coSigners",
            "member",
            "channel",
            "body",
            "action",
            ResearchReference.FIELD);

    /** Who the form writes for: the member himself, a member on whose behalf the office enters it, or a body. */
    enum For {
        OWN,
        MEMBER,
        BODY
    }

    private final ProposalDraftController writer;
    private final ProposalDrafts drafts;
    private final ProposingBodies bodies;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Directory directory;
    private final Messages messages;
    private final UiFormat format;
    private final ResearchReference research;

    ProposalPages(
            ProposalDraftController writer,
            ProposalDrafts drafts,
            ProposingBodies bodies,
            QueryGateway queries,
            CurrentUser currentUser,
            Directory directory,
            Messages messages,
            UiFormat format,
            ResearchReference research) {
        this.format = format;
        this.research = research;
        this.writer = writer;
        this.drafts = drafts;
        this.bodies = bodies;
        this.queries = queries;
        this.currentUser = currentUser;
        this.directory = directory;
        this.messages = messages;
    }

    /** The statuses the office's download filters by: every one past the member's own draft. */
    static final List<String> EXPORT_STATUSES = List.of(
            "AWAITING_CO_SIGNERS",
            "IN_FILING_REVIEW",
            "FILED",
            "ASSIGNED",
            "CLOSED",
            "NOT_FILED",
            "CONVERTED_TO_OPINION_REPORT",
            "WITHDRAWN");

    @GetMapping("/proposals")
    String list(@RequestParam(required = false) String done, @RequestParam(required = false) String next, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        model.addAttribute(
                "done",
                done == null
                        ? null
                        : switch (done) {
                            case "saved", "submitted", "withdrawn" -> done;
                            default -> null;
                        });
        model.addAttribute("next", "AWAITING_CO_SIGNERS".equals(next) || "IN_FILING_REVIEW".equals(next) ? next : null);
        addLists(me, model);
        return "proposals";
    }

    /** The member's proposals as a fragment, for 我的工作. */
    @GetMapping("/proposals/fragments/mine")
    String mine(Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        addLists(me, model);
        return "proposals :: mine";
    }

    private void addLists(TongxinUser me, Model model) {
        boolean office = me.role() == Role.STAFF;
        ProposalPage page = queries.query(
                        new ListProposals(null, null, office ? null : me.username(), null, null, 0, LIST_SIZE, null),
                        ResponseTypes.instanceOf(ProposalPage.class))
                .join();
        List<ProposalView> visible = page.items().stream()
                .filter(p -> !"DRAFT".equals(p.status()) || mayEdit(p, me))
                // the office's list holds what was written outside a clue; a member's, everything of his
                .filter(p -> !office || p.sourceClues().isEmpty())
                .toList();
        model.addAttribute(
                "drafts",
                visible.stream().filter(p -> "DRAFT".equals(p.status())).toList());
        model.addAttribute(
                "submitted",
                visible.stream().filter(p -> !"DRAFT".equals(p.status())).toList());
        model.addAttribute("office", office);
        model.addAttribute("withdrawable", WITHDRAWABLE);
        // the office's download of every proposal it may read, under the filters the workbook takes
        model.addAttribute("exportStatuses", EXPORT_STATUSES);
    }

    @GetMapping("/proposals/new")
    String newProposal(@RequestParam(name = "for", required = false) String forWhom, Model model) {
        TongxinUser me = currentUser.get();
        For target = target(me, forWhom);
        return form(target, new LinkedHashMap<>(), Map.of(), null, null, me, model);
    }

    @PostMapping("/proposals/new")
    @InlineFormErrors
    String write(
            @RequestParam(name = "for", required = false) String forWhom,
            @RequestParam Map<String, String> body,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        For target = target(me, forWhom);
        Map<String, String> values = formValues(body, target);
        Map<String, String> refused = refused(values);
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(target, ControlCharacters.withoutEach(values), refused, null, null, me, model);
        }
        if (target == For.BODY && me.role() == Role.STAFF && values.get("body") == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(target, values, Map.of("body", messages.get("form.error.required")), null, null, me, model);
        }
        try {
            ProposalId id = writer.write(me, new LinkedHashMap<>(values));
            return afterWrite(id, values);
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(target, values, errors(e.errors()), null, null, me, model);
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(target, values, errors(e.errors()), null, null, me, model);
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            return form(target, values, Map.of(), messages.refusal(e), null, me, model);
        }
    }

    @GetMapping("/proposals/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        ProposalView p = readable(id, me);
        if (!"DRAFT".equals(p.status()) || !mayEdit(p, me)) {
            return "redirect:/cases/" + p.proposalId();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", p.title());
        values.put("category", p.category());
        values.put("content", p.content());
        values.put("suggestions", p.suggestions());
        values.put(
                "coSigners",
                String.join(
                        ", ",
                        p.coSigners().stream()
                                .map(c -> format.person(c.userId()))
                                .toList()));
        values.put(ResearchReference.FIELD, research.formValue("PROPOSAL", p.proposalId()));
        return form(For.OWN, values, Map.of(), null, p, me, model);
    }

    @PostMapping("/proposals/{id}/edit")
    @InlineFormErrors
    String rewrite(
            @PathVariable String id,
            @RequestParam Map<String, String> body,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        ProposalView p = readable(id, me);
        Map<String, String> values = formValues(body, For.OWN);
        Map<String, String> refused = refused(values);
        if (!refused.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(For.OWN, ControlCharacters.withoutEach(values), refused, null, p, me, model);
        }
        try {
            Map<String, String> fields = new LinkedHashMap<>(values);
            Optional<Long> topic = research.check(me, fields.remove(ResearchReference.FIELD));
            drafts.edit(new ProposalId(p.proposalId()), fields, me.actor());
            research.citeOnly(topic, "PROPOSAL", p.proposalId());
            return afterWrite(new ProposalId(p.proposalId()), values);
        } catch (RefusedInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(For.OWN, values, errors(e.errors()), null, p, me, model);
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(For.OWN, values, errors(e.errors()), null, p, me, model);
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            return form(For.OWN, values, Map.of(), messages.refusal(e), p, me, model);
        }
    }

    @GetMapping("/proposals/{id}/withdraw")
    String withdrawForm(@PathVariable String id, Model model) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        ProposalView p = readable(id, me);
        return withdrawPage(p, null, Map.of(), null, model);
    }

    @PostMapping("/proposals/{id}/withdraw")
    @InlineFormErrors
    String withdraw(
            @PathVariable String id,
            @RequestParam Map<String, String> body,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, ProposalDraftController.WRITERS);
        ProposalView p = readable(id, me);
        String reason = body.get("reason");
        if (reason != null && !ControlCharacters.allowed(reason)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withdrawPage(
                    p,
                    ControlCharacters.without(reason),
                    Map.of("reason", messages.get("form.error.controlCharacter")),
                    null,
                    model);
        }
        try {
            drafts.withdraw(
                    new ProposalId(p.proposalId()), reason == null ? Map.of() : Map.of("reason", reason), me.actor());
            return "redirect:/proposals?done=withdrawn";
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return withdrawPage(p, reason, errors(e.errors()), null, model);
        } catch (RuleViolation e) {
            response.setStatus(RuleStatus.of(e).value());
            return withdrawPage(p, reason, Map.of(), messages.refusal(e), model);
        }
    }

    private String withdrawPage(
            ProposalView p, String reason, Map<String, String> errors, String refusal, Model model) {
        model.addAttribute("proposal", p);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("reasonMax", ProposalLimits.WITHDRAW_REASON_MAX);
        return "proposal-withdraw";
    }

    private static String afterWrite(ProposalId id, Map<String, String> values) {
        if (!ProposalDrafts.SUBMIT.equals(values.get("action"))) {
            return "redirect:/proposals?done=saved";
        }
        // a proposal with co-signers waits for them first; any other goes to filing review
        return values.get("coSigners") == null
                ? "redirect:/proposals?done=submitted&next=IN_FILING_REVIEW"
                : "redirect:/proposals?done=submitted&next=AWAITING_CO_SIGNERS";
    }

    private String form(
            For target,
            Map<String, String> values,
            Map<String, String> errors,
            String refusal,
            ProposalView editing,
            TongxinUser me,
            Model model) {
        model.addAttribute("target", target.name());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("editing", editing);
        model.addAttribute("categories", directory.categories(null));
        model.addAttribute("titleMax", ProposalLimits.TITLE_MAX);
        model.addAttribute("contentMax", ProposalLimits.CONTENT_MAX);
        model.addAttribute("suggestionsMax", ProposalLimits.SUGGESTIONS_MAX);
        model.addAttribute("researchTopics", research.choices(me));
        if (target == For.BODY) {
            if (me.role() == Role.BODY) {
                model.addAttribute(
                        "ownBody",
                        bodies.ofAccount(me.username())
                                .map(ProposingBodies.Body::name)
                                .orElse(null));
            } else {
                model.addAttribute("bodies", bodies.all());
            }
        }
        return "proposal-form";
    }

    /** What the signed-in user may write: a member his own, a body account its body's, the office either other. */
    private static For target(TongxinUser me, String forWhom) {
        return switch (me.role()) {
            case MEMBER -> For.OWN;
            case BODY -> For.BODY;
            case STAFF -> "body".equals(forWhom) ? For.BODY : For.MEMBER;
            default -> throw Access.forbidden("Your role does not write proposals.");
        };
    }

    /** The lead proposer, or the office for a proposal it entered, edits a draft. */
    static boolean mayEdit(ProposalView p, TongxinUser me) {
        if (me.username().equals(p.leadProposer())) {
            return true;
        }
        return me.role() == Role.STAFF
                && ("BODY".equals(p.kind())
                        || (p.draftedBy() != null && !p.draftedBy().equals(p.leadProposer())));
    }

    private ProposalView readable(String id, TongxinUser me) {
        if (id == null || id.length() > 64) {
            throw new UiErrors.PageNotFound();
        }
        Optional<ProposalView> found = queries.query(
                        new FindProposal(id, Access.scope(me)), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join();
        ProposalView p = found.orElseThrow(UiErrors.PageNotFound::new);
        if ("DRAFT".equals(p.status()) && !mayEdit(p, me)) {
            throw new UiErrors.PageNotFound();
        }
        return p;
    }

    private Map<String, String> errors(List<FieldError> fieldErrors) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : fieldErrors) {
            errors.putIfAbsent(error.field(), messages.fieldError(error));
        }
        return errors;
    }

    private Map<String, String> refused(Map<String, String> values) {
        return ControlCharacters.refusedFields(values, messages.get("form.error.controlCharacter"));
    }

    private static Map<String, String> formValues(Map<String, String> body, For target) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String v = body.get(field);
            if (v == null || v.isBlank()) {
                continue;
            }
            boolean fits =
                    switch (field) {
                        case "member", "channel" -> target == For.MEMBER;
                        case "body" -> target == For.BODY;
                        case "coSigners" -> target != For.BODY;
                        default -> true;
                    };
            if (fits) {
                values.put(field, v);
            }
        }
        return values;
    }
}
