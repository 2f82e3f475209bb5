package org.tongxin.infra.supervision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.engine.supervision.FindingRoute;
import org.tongxin.engine.supervision.SupervisionStatus;
import org.tongxin.engine.supervision.SupervisionType;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.shared.Messages;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.NotFound;
import org.tongxin.infra.web.UiErrors;
import org.tongxin.processes.task.FieldError;
import org.tongxin.processes.task.FormRejected;
import org.tongxin.projections.supervision.FindSupervisionEntryAsOf;
import org.tongxin.projections.supervision.FindSupervisionHistory;
import org.tongxin.projections.supervision.SupervisionPage;
import org.tongxin.projections.supervision.SupervisionView;
import org.tongxin.projections.support.EventFacts;

/**
 * The supervision pool as pages: the list with its filters, filing an entry, an entry's page (team, activities,
 * findings, rectification items with each department's clock and answer, timeline), the special supervisors'
 * registry; and the pool list as a fragment other pages embed ({@code /supervision/fragments/pool}).
 */
@Controller
class SupervisionPages {

    private static final int PAGE_SIZE = 20;

    private final SupervisionReader reader;
    private final SupervisionDesk desk;
    private final CurrentUser currentUser;
    private final QueryGateway queries;
    private final Messages messages;
    private final CaseNames caseNames;
    private final UiFormat format;
    private final ZoneId zone;

    SupervisionPages(
            SupervisionReader reader,
            SupervisionDesk desk,
            CurrentUser currentUser,
            QueryGateway queries,
            Messages messages,
            CaseNames caseNames,
            UiFormat format,
            ZoneId committeeZone) {
        this.reader = reader;
        this.desk = desk;
        this.currentUser = currentUser;
        this.queries = queries;
        this.messages = messages;
        this.caseNames = caseNames;
        this.format = format;
        this.zone = committeeZone;
    }

    /** A link to where an entry came from, in words. */
    record SourceLink(String label, String href) {}

    @GetMapping("/supervision")
    String pool(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String filed,
            Model model) {
        TongxinUser me = currentUser.get();
        String s = known(status, SupervisionStatus.values());
        String t = known(type, SupervisionType.values());
        Integer y = year(year);
        String words = q == null || q.isBlank() || q.length() > 100 ? null : q.strip();
        int p = Math.max(0, Math.min(page, 1000));
        SupervisionPage result = reader.list(me, s, t, y, null, words, p, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("status", s);
        model.addAttribute("type", t);
        model.addAttribute("year", y);
        model.addAttribute("q", words);
        model.addAttribute("statuses", SupervisionStatus.values());
        model.addAttribute("types", SupervisionType.values());
        model.addAttribute("years", years());
        model.addAttribute("mayFile", SupervisionDesk.FILERS.contains(me.role()));
        model.addAttribute("ownOnly", me.role() == Role.DEPT_OFFICER);
        model.addAttribute("filed", filed != null);
        return "supervision-pool";
    }

    /** The pool's open entries as a list fragment, for a home page to embed. */
    @GetMapping("/supervision/fragments/pool")
    String poolFragment(@RequestParam(defaultValue = "5") int limit, Model model) {
        TongxinUser me = currentUser.get();
        int size = Math.max(1, Math.min(limit, 20));
        SupervisionPage open = reader.underWay(me, size);
        model.addAttribute("entries", open.items());
        model.addAttribute("total", open.total());
        return "supervision-fragments :: poolList";
    }

    @GetMapping("/supervision/new")
    String newEntry(Model model) {
        Access.require(currentUser.get(), SupervisionDesk.FILERS);
        return renderNew(
                new SupervisionDesk.Filing("", "", "", LocalDate.now(zone).getYear(), List.of(), ""), Map.of(), model);
    }

    @PostMapping("/supervision/new")
    String file(
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String planYear,
            @RequestParam(defaultValue = "") String departments,
            @RequestParam(defaultValue = "") String keyProposal,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, SupervisionDesk.FILERS);
        List<String> named = Arrays.stream(departments.split("\\s*[,，、;；]\\s*"))
                .filter(d -> !d.isBlank())
                .toList();
        SupervisionDesk.Filing filing =
                new SupervisionDesk.Filing(subject, description, type, year(planYear), named, keyProposal);
        try {
            desk.file(filing, me.actor());
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return renderNew(filing, errors(e), model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("refusal", messages.refusal(e));
            return renderNew(filing, Map.of(), model);
        }
        return "redirect:/supervision?filed=1";
    }

    @GetMapping("/supervision/{id}")
    String entry(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        TongxinUser me = currentUser.get();
        SupervisionReader.SupervisionDetail detail;
        try {
            detail = reader.detail(me, id);
        } catch (NotFound e) {
            throw new UiErrors.PageNotFound();
        }
        @SuppressWarnings("unchecked")
        List<EventFacts> events = (List<EventFacts>) queries.query(
                        new FindSupervisionHistory(id, Access.scope(me)),
                        ResponseTypes.multipleInstancesOf(EventFacts.class))
                .join();
        Map<String, SupervisionReader.ItemHandling> handlings = new LinkedHashMap<>();
        SupervisionView entry = detail.entry();
        if (asOf != null) {
            // as the entry stood at the end of that day, in the committee's zone; the departments' clocks are today's
            // and so are left out
            Instant cutoff = asOf.plusDays(1).atStartOfDay(zone).toInstant();
            events = events.stream().filter(f -> f.time().isBefore(cutoff)).toList();
            entry = queries.query(
                            new FindSupervisionEntryAsOf(id, Access.scope(me), cutoff),
                            ResponseTypes.optionalInstanceOf(SupervisionView.class))
                    .join()
                    .orElse(null);
        } else {
            detail.handlings().forEach(h -> handlings.put(h.handlingId(), h));
        }
        List<EventFacts> newestFirst = new ArrayList<>(events);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("live", detail.entry());
        model.addAttribute("asOf", asOf);
        model.addAttribute("e", entry);
        model.addAttribute("handlings", handlings);
        model.addAttribute("sources", entry == null ? List.of() : sources(entry));
        model.addAttribute("events", newestFirst);
        model.addAttribute("today", LocalDate.now(zone));
        return "supervision-entry";
    }

    @GetMapping("/supervision/supervisors")
    String supervisors(Model model) {
        return renderSupervisors(Map.of(), Map.of(), model);
    }

    @PostMapping("/supervision/supervisors")
    String appoint(
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String termStart,
            @RequestParam(defaultValue = "") String termEnd,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        Map<String, String> values =
                Map.of("member", member, "department", department, "termStart", termStart, "termEnd", termEnd);
        try {
            desk.appoint(new SupervisionDesk.Appointment(member, department, termStart, termEnd), me.actor());
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return renderSupervisors(prefixed("a-", errors(e)), prefixed("a-", values), model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            return renderSupervisors(Map.of(), prefixed("a-", values), model);
        }
        return "redirect:/supervision/supervisors?appointed=1";
    }

    @PostMapping("/supervision/supervisors/end")
    String endTerm(
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String endedOn,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.STAFF));
        Map<String, String> values =
                Map.of("member", member, "department", department, "endedOn", endedOn, "reason", reason);
        try {
            desk.endTerm(new SupervisionDesk.TermEnding(member, department, endedOn, reason), me.actor());
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return renderSupervisors(prefixed("e-", errors(e)), prefixed("e-", values), model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            return renderSupervisors(Map.of(), prefixed("e-", values), model);
        }
        return "redirect:/supervision/supervisors?ended=1";
    }

    @PostMapping("/supervision/findings")
    String report(
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String observedOn,
            @RequestParam(defaultValue = "") String route,
            Model model,
            HttpServletResponse response) {
        TongxinUser me = currentUser.get();
        Access.require(me, Set.of(Role.MEMBER, Role.STAFF));
        Map<String, String> values = Map.of(
                "member", member,
                "department", department,
                "subject", subject,
                "text", text,
                "observedOn", observedOn,
                "route", route);
        try {
            desk.report(
                    new SupervisionDesk.FindingReport(member, department, subject, text, observedOn, route),
                    me.actor());
        } catch (FormRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return renderSupervisors(prefixed("f-", errors(e)), prefixed("f-", values), model);
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", messages.refusal(e));
            return renderSupervisors(Map.of(), prefixed("f-", values), model);
        }
        return "redirect:/supervision/supervisors?reported=1";
    }

    private String renderNew(SupervisionDesk.Filing filing, Map<String, String> errors, Model model) {
        model.addAttribute("filing", filing);
        model.addAttribute("departmentsText", String.join("、", filing.departments()));
        model.addAttribute("types", SupervisionType.values());
        model.addAttribute("years", years());
        model.addAttribute("errors", errors);
        return "supervision-new";
    }

    private String renderSupervisors(Map<String, String> errors, Map<String, String> values, Model model) {
        TongxinUser me = currentUser.get();
        LocalDate today = LocalDate.now(zone);
        model.addAttribute("terms", reader.supervisors(me, null));
        model.addAttribute("findings", reader.findings(me, null));
        model.addAttribute("today", today);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("routes", FindingRoute.values());
        model.addAttribute("mayAppoint", me.role() == Role.STAFF);
        model.addAttribute("mayReport", me.role() == Role.STAFF || me.role() == Role.MEMBER);
        model.addAttribute("memberSelf", me.role() == Role.MEMBER);
        return "supervisors";
    }

    private List<SourceLink> sources(SupervisionView entry) {
        List<SourceLink> links = new ArrayList<>();
        for (SupervisionView.Source s : entry.sources()) {
            String label = messages.get("supervision.source." + s.kind());
            switch (s.kind()) {
                case "ESCALATED_HANDLING" -> {
                    if (HandlingId.isHandlingId(s.id())) {
                        HandlingId h = new HandlingId(s.id());
                        links.add(new SourceLink(
                                label + " · " + caseNames.label(h.sourceId()) + " · "
                                        + format.department(h.department().value()),
                                "/cases/" + h.sourceId()));
                    }
                }
                case "KEY_PROPOSAL", "CONSULTATION" -> links.add(
                        new SourceLink(label + " · " + caseNames.label(s.id()), "/cases/" + s.id()));
                case "SPECIAL_SUPERVISOR_FINDING" -> links.add(new SourceLink(
                        label + " · " + format.person(s.id().split(":")[0]), "/supervision/supervisors"));
                default -> links.add(new SourceLink(label + " · " + format.person(s.id()), null));
            }
        }
        return links;
    }

    private Map<String, String> errors(FormRejected e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.putIfAbsent(error.field(), messages.fieldError(error));
        }
        return errors;
    }

    private static Map<String, String> prefixed(String prefix, Map<String, String> map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(prefix + k, v));
        return out;
    }

    private List<Integer> years() {
        int now = LocalDate.now(zone).getYear();
        return List.of(now + 1, now, now - 1);
    }

    private static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static String known(String value, Enum<?>[] values) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values)
                .map(Enum::name)
                .filter(value::equals)
                .findFirst()
                .orElse(null);
    }
}
