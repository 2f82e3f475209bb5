package org.tongxin.infra.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongxin.engine.accesstoken.AccessTokenEvent;
import org.tongxin.engine.bulletin.BulletinEvent;
import org.tongxin.engine.clue.ClueEvent;
import org.tongxin.engine.consultation.TopicEvent;
import org.tongxin.engine.design.ProcessDesignEvent;
import org.tongxin.engine.handling.HandlingEvent;
import org.tongxin.engine.operations.ProcessLogEvent;
import org.tongxin.engine.proposal.ProposalEvent;
import org.tongxin.engine.report.ReportEvent;
import org.tongxin.engine.supervision.SpecialSupervisorEvent;
import org.tongxin.engine.supervision.SupervisionEvent;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.audit.AuditEntry;
import org.tongxin.projections.audit.AuditFilter;
import org.tongxin.projections.audit.AuditPage;
import org.tongxin.projections.audit.ListAuditEntries;

/**
 * The audit log (审计日志) with its CSV export: the queries of {@code /api/audit} and {@code /api/audit.csv} under the
 * same access rules, for a signed-in browser session.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    /** The audit filters as the form sends them; dates are whole days in the committee's zone, {@code to} included. */
    record AuditQuery(
            String actorId,
            String actorRole,
            String department,
            String aggregateType,
            String aggregateId,
            String eventType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            String q) {

        /** Dates are whole days in the committee's zone: from the start of {@code from} to the end of {@code to}. */
        AuditFilter filter(ZoneId zone) {
            return new AuditFilter(
                    blank(actorId),
                    blank(actorRole),
                    blank(department),
                    blank(aggregateType),
                    blank(aggregateId),
                    blank(eventType),
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                    blank(q));
        }

        /** This query's parameters on another path, e.g. the CSV export or another page. */
        String url(String path, Integer page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
            add(b, "actorId", actorId);
            add(b, "actorRole", actorRole);
            add(b, "department", department);
            add(b, "aggregateType", aggregateType);
            add(b, "aggregateId", aggregateId);
            add(b, "eventType", eventType);
            add(b, "from", from == null ? null : from.toString());
            add(b, "to", to == null ? null : to.toString());
            add(b, "q", q);
            if (page != null && page > 0) {
                b.queryParam("page", page);
            }
            return b.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder b, String name, String value) {
            if (blank(value) != null) {
                b.queryParam(name, value.strip());
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /** Every event type the audit log can hold, for its filter: the permitted records of each aggregate's events. */
    static final List<String> EVENT_TYPES = Stream.of(
                    ClueEvent.class,
                    ProposalEvent.class,
                    HandlingEvent.class,
                    ReportEvent.class,
                    BulletinEvent.class,
                    TopicEvent.class,
                    SupervisionEvent.class,
                    SpecialSupervisorEvent.class,
                    AccessTokenEvent.class,
                    ProcessLogEvent.class,
                    ProcessDesignEvent.class)
            .flatMap(family -> Stream.of(family.getPermittedSubclasses()))
            .map(Class::getSimpleName)
            .toList();

    /** The latest unmasked reads of personal data shown under the events. */
    static final int PERSONAL_READS_SHOWN = 50;

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final UiFormat format;
    private final ZoneId zone;
    private final PersonalDataReads reads;
    private final CaseNames caseNames;

    AuditPages(
            QueryGateway queries,
            CurrentUser currentUser,
            UiFormat format,
            PersonalDataReads reads,
            CaseNames caseNames,
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone) {
        this.caseNames = caseNames;
        this.queries = queries;
        this.currentUser = currentUser;
        this.format = format;
        this.zone = zone;
        this.reads = reads;
    }

    @GetMapping("/audit")
    String audit(AuditQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        Access.require(currentUser.get(), Access.OVERSIGHT);
        int current = Math.min(Math.max(0, page), Paging.MAX_PAGE);
        AuditPage result = queries.query(
                        new ListAuditEntries(query.filter(zone), false, current, PAGE_SIZE),
                        ResponseTypes.instanceOf(AuditPage.class))
                .join();
        int pages = Paging.pages(
                result.total(), result.totalCapped(), current, result.items().size(), PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("result", result);
        // every row's case in one lookup, not two per row
        model.addAttribute(
                "caseLabels",
                caseNames.labels(result.items().stream()
                        .filter(e -> !"ProcessLog".equals(e.aggregateType()))
                        .map(AuditEntry::aggregateId)
                        .toList()));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("csvUrl", query.url("/audit.csv", null));
        model.addAttribute("prevUrl", current > 0 ? query.url("/audit", current - 1) : null);
        model.addAttribute("nextUrl", current + 1 < pages ? query.url("/audit", current + 1) : null);
        model.addAttribute(
                "roles",
                List.of("MEMBER", "STAFF", "DEPT_OFFICER", "LEADER", "SUPERVISOR", "ADMIN", "SYSTEM", "DESIGNER"));
        model.addAttribute(
                "aggregateTypes",
                List.of(
                        "Clue",
                        "Proposal",
                        "Handling",
                        "OpinionReport",
                        "SupervisionEntry",
                        "SpecialSupervisor",
                        "AccessToken",
                        "ProcessLog",
                        "ProcessDesign"));
        model.addAttribute("eventTypes", EVENT_TYPES);
        List<PersonalDataReads.Read> personalReads = reads.latest(null, PERSONAL_READS_SHOWN);
        model.addAttribute("personalReads", personalReads);
        // the cases of the reads in one lookup too: two statements a row were up to a hundred a page
        model.addAttribute(
                "readLabels",
                caseNames.labels(personalReads.stream()
                        .map(PersonalDataReads.Read::subjectId)
                        .toList()));
        return "audit";
    }

    /** The CSV export for the browser session: the same stream as {@code /api/audit.csv}. */
    @GetMapping(value = "/audit.csv", produces = "text/csv")
    void auditCsv(AuditQuery query, HttpServletResponse response) throws IOException {
        Access.require(currentUser.get(), Access.OVERSIGHT);
        AuditController.export(queries, format.phrases(), query.filter(zone), response);
    }
}
