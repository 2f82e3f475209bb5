package org.tongxin.infra.audit;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.CurrentUser;
import org.tongxin.infra.shared.Phrases;
import org.tongxin.infra.web.Paging;
import org.tongxin.projections.audit.AuditEntry;
import org.tongxin.projections.audit.AuditFilter;
import org.tongxin.projections.audit.AuditPage;
import org.tongxin.projections.audit.ExportAuditEntries;
import org.tongxin.projections.audit.ListAuditEntries;
import org.tongxin.projections.support.EventDescriptions;

/**
 * The audit log for supervisors, the office and administrators, as JSON pages or a CSV export of the whole filtered
 * log. Summaries never carry a submitter's personal data (the projection writes them so).
 */
@RestController
@RequestMapping("/api")
@Validated
public class AuditController {

    private static final int EXPORT_CHUNK = 2000;
    private static final String HEADER =
            "global_index,time,actor_id,actor_role,department,aggregate_type,aggregate_id,sequence_number,event_type,summary";

    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Phrases phrases;

    AuditController(QueryGateway queries, CurrentUser currentUser, Phrases phrases) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.phrases = phrases;
    }

    /**
     * One audit entry for a client: the stored summary as key and arguments ({@code phrase}) and rendered in the
     * request's language ({@code summary}), and the event type's name beside its code.
     */
    public record AuditItem(
            long globalIndex,
            Instant time,
            String actorId,
            String actorRole,
            String department,
            String aggregateType,
            String aggregateId,
            long sequenceNumber,
            String eventType,
            String eventName,
            String summary,
            Phrase phrase) {}

    /** {@code total} counts up to {@code CappedCount.CAP} entries; {@code totalCapped} says there are more. */
    public record AuditItems(List<AuditItem> items, long total, int page, int size, boolean totalCapped) {}

    @GetMapping("/audit")
    @Operation(summary = "The audit log, newest first; every filter optional, from inclusive, to exclusive")
    AuditItems list(
            @ParameterObject AuditParams params,
            @RequestParam(defaultValue = "false") boolean oldestFirst,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Access.require(currentUser.get(), Access.OVERSIGHT);
        AuditFilter filter = params.filter();
        AuditPage result = queries.query(
                        new ListAuditEntries(filter, oldestFirst, page, size),
                        ResponseTypes.instanceOf(AuditPage.class))
                .join();
        return new AuditItems(
                result.items().stream().map(e -> item(e, phrases)).toList(),
                result.total(),
                result.page(),
                result.size(),
                result.totalCapped());
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    @Operation(summary = "The filtered audit log as CSV (UTF-8 with BOM), oldest first")
    void csv(@ParameterObject AuditParams params, HttpServletResponse response) throws IOException {
        Access.require(currentUser.get(), Access.OVERSIGHT);
        export(queries, phrases, params.filter(), response);
    }

    /**
     * Writes the whole filtered log as CSV, oldest first; the pages' {@code /audit.csv} (session signed-in) streams
     * the same export. The caller has checked {@link Access#OVERSIGHT}.
     */
    public static void export(QueryGateway queries, Phrases phrases, AuditFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        // a byte-order mark, so spreadsheet programs read the Chinese summaries as UTF-8
        out.write('\uFEFF');
        out.write(HEADER + "\r\n");
        long after = -1;
        while (true) {
            List<AuditEntry> chunk = queries.query(
                            new ExportAuditEntries(filter, after, EXPORT_CHUNK),
                            ResponseTypes.multipleInstancesOf(AuditEntry.class))
                    .join();
            for (AuditEntry e : chunk) {
                out.write(String.join(
                                ",",
                                Long.toString(e.globalIndex()),
                                e.time().toString(),
                                cell(e.actorId()),
                                cell(e.actorRole()),
                                cell(e.department()),
                                cell(e.aggregateType()),
                                cell(e.aggregateId()),
                                Long.toString(e.sequenceNumber()),
                                cell(e.eventType()),
                                cell(phrases.render(e.summary())))
                        + "\r\n");
            }
            if (chunk.size() < EXPORT_CHUNK) {
                break;
            }
            after = chunk.get(chunk.size() - 1).globalIndex();
        }
        out.flush();
    }

    /** An entry with its summary and event type in the request's language. */
    public static AuditItem item(AuditEntry e, Phrases phrases) {
        return new AuditItem(
                e.globalIndex(),
                e.time(),
                e.actorId(),
                e.actorRole(),
                e.department(),
                e.aggregateType(),
                e.aggregateId(),
                e.sequenceNumber(),
                e.eventType(),
                phrases.render(Phrase.of(EventDescriptions.typeKey(e.eventType()))),
                phrases.render(e.summary()),
                e.summary());
    }

    /** The audit filters of the API, every one optional; {@code from} inclusive, {@code to} exclusive. */
    record AuditParams(
            String actorId,
            String actorRole,
            String department,
            String aggregateType,
            String aggregateId,
            String eventType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            String q) {

        AuditFilter filter() {
            return new AuditFilter(
                    actorId,
                    actorRole,
                    department,
                    aggregateType,
                    aggregateId,
                    eventType,
                    from == null ? null : from.toInstant(),
                    to == null ? null : to.toInstant(),
                    q);
        }
    }

    /**
     * RFC 4180 quoting; a leading =, +, - or @ is prefixed with an apostrophe so a spreadsheet does not run the
     * cell as a formula (CSV injection).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
