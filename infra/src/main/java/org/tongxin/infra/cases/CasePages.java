package org.tongxin.infra.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriUtils;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.infra.camunda.ProcessDiagrams;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseReading;
import org.tongxin.infra.shared.Clues;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.projections.cases.CaseHandling;
import org.tongxin.projections.cases.CaseHistory;
import org.tongxin.projections.cases.CaseView;
import org.tongxin.projections.cases.FindCase;
import org.tongxin.projections.cases.FindCaseHistory;
import org.tongxin.projections.proposal.ListMergedInto;
import org.tongxin.projections.proposal.ProposalView;
import org.tongxin.projections.supervision.ListSupervisionEntriesFor;
import org.tongxin.projections.supervision.SupervisionView;
import org.tongxin.projections.support.EventFacts;

/**
 * The case page (案件): a clue or proposal with its handlings, its timeline, the BPMN diagram of where it stands, and
 * an as-of view of any past day. The same queries and access rules as {@code /api/cases}.
 */
@Controller
class CasePages {

    private static final String CLUE = "CLUE";

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final ProcessDiagrams diagrams;
    private final ZoneId zone;
    private final CaseReading cases;
    private final Clues clues;
    private final UiFormat format;

    CasePages(
            QueryGateway queries,
            CurrentUser currentUser,
            ProcessDiagrams diagrams,
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone,
            CaseReading cases,
            Clues clues,
            UiFormat format) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.diagrams = diagrams;
        this.zone = zone;
        this.cases = cases;
        this.clues = clues;
        this.format = format;
    }

    @GetMapping("/cases/{id}")
    String page(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        CaseView live = readable(id);
        // as of a day: the case as it stood at the end of that day, in the committee's zone
        Instant cutoff =
                asOf == null ? null : asOf.plusDays(1).atStartOfDay(zone).toInstant();
        CaseView view = cutoff == null ? live : find(id, cutoff).orElse(null);
        List<EventFacts> events = queries.query(
                        new FindCaseHistory(id), ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join()
                .map(CaseHistory::events)
                .orElse(List.of());
        if (cutoff != null) {
            events = events.stream().filter(e -> e.time().isBefore(cutoff)).toList();
        }
        TongxinUser me = currentUser.get();
        model.addAttribute("caseId", id);
        model.addAttribute("live", live);
        model.addAttribute("view", CaseReading.forReader(view, me));
        model.addAttribute("sourceClues", cases.sourceClues(view, me));
        if (CLUE.equals(live.kind())) {
            clues.find(id, me).ifPresent(c -> model.addAttribute("clue", c));
        }
        String proposalId = live.proposal() == null ? null : live.proposal().proposalId();
        model.addAttribute(
                "supervisionEntries",
                proposalId == null || Access.scope(me) != null
                        ? List.of()
                        : queries.query(
                                        new ListSupervisionEntriesFor(proposalId),
                                        ResponseTypes.multipleInstancesOf(SupervisionView.class))
                                .join());
        model.addAttribute(
                "mergedProposals",
                proposalId == null
                        ? List.of()
                        : queries.query(
                                        new ListMergedInto(proposalId),
                                        ResponseTypes.multipleInstancesOf(ProposalView.class))
                                .join());
        model.addAttribute("asOf", asOf);
        model.addAttribute("today", LocalDate.now(zone));
        List<EventFacts> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst);
        model.addAttribute("events", newestFirst);
        return "case";
    }

    /** Any id a page may hold: a clue, a proposal, or a handling ({@link HandlingId}). */
    @GetMapping("/cases")
    String byId(@RequestParam String id) {
        String caseId = HandlingId.isHandlingId(id) ? new HandlingId(id).sourceId() : id;
        return "redirect:/cases/" + UriUtils.encodePathSegment(caseId, StandardCharsets.UTF_8);
    }

    /** Where the case's process instances stand, for the diagram script. */
    @GetMapping(value = "/cases/diagram", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Diagram> positions(@RequestParam String id) {
        CaseView live = readable(id);
        List<String> keys = new ArrayList<>();
        keys.add(live.caseId());
        if (live.clue() != null && live.clue().targetId() != null) {
            keys.add(live.clue().targetId());
        }
        live.handlings().stream().map(CaseHandling::handlingId).forEach(keys::add);
        return diagrams.positions(keys).stream()
                .map(p -> new Diagram(
                        caption(p), p.definitionId(), p.running(), p.activeActivityIds(), p.completedActivityIds()))
                .toList();
    }

    /** Where one process instance stands, captioned in words: 承办 · 交通运输局. */
    record Diagram(
            String caption,
            String definitionId,
            boolean running,
            List<String> activeActivityIds,
            List<String> completedActivityIds) {}

    private String caption(ProcessDiagrams.Position p) {
        String process = format.code("process.", p.processKey());
        String key = p.businessKey();
        if (HandlingId.isHandlingId(key)) {
            return process + " · "
                    + format.department(new HandlingId(key).department().value());
        }
        return process;
    }

    /** The deployed BPMN XML of a process definition (not secret: any signed-in user). */
    @GetMapping(value = "/processes/model", produces = MediaType.APPLICATION_XML_VALUE)
    @ResponseBody
    ResponseEntity<String> model(@RequestParam String definition) {
        return diagrams.xml(definition)
                .map(xml -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_XML)
                        .body(xml))
                .orElseThrow(UiErrors.PageNotFound::new);
    }

    /** One deployed process version as a diagram, read-only: the designer's home links here. */
    @GetMapping("/processes/diagram")
    String processDiagram(@RequestParam String definition, Model model) {
        ProcessDiagrams.Deployed deployed = diagrams.deployed().stream()
                .filter(d -> d.definitionId().equals(definition))
                .findFirst()
                .orElseThrow(UiErrors.PageNotFound::new);
        model.addAttribute("process", deployed);
        return "process";
    }

    private CaseView readable(String id) {
        TongxinUser me = currentUser.get();
        CaseView live = find(id, null).orElseThrow(UiErrors.PageNotFound::new);
        Access.requireCase(me, id, live);
        return live;
    }

    private Optional<CaseView> find(String id, Instant asOf) {
        return queries.query(new FindCase(id, asOf), ResponseTypes.optionalInstanceOf(CaseView.class))
                .join();
    }
}
