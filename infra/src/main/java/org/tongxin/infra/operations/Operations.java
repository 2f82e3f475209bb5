package org.tongxin.infra.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.engine.operations.ProcessLogId;
import org.tongxin.engine.operations.RecordIncidentRetry;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.camunda.ProcessDiagrams;
import org.tongxin.infra.camunda.ProcessIncidents;
import org.tongxin.infra.directory.CaseSearch;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.shared.CaseNames;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.infra.web.NotFound;
import org.tongxin.projections.caselabel.CaseLabel;
import org.tongxin.projections.caselabel.SearchCases;

/**
 * What the operations page and its API do, in the reader's words: incidents named by their case and step, a retry
 * that is recorded as an event, and process instances found by the case they belong to.
 */
@Component
class Operations {

    /** Designers and administrators act on running processes; the supervisor may look. */
    static final Set<Role> OPERATORS = Set.of(Role.DESIGNER, Role.ADMIN);

    static final Set<Role> READERS = Set.of(Role.DESIGNER, Role.ADMIN, Role.SUPERVISOR);

    private static final int MAX_FOUND = 20;

    /**
     * An incident as people read it.
     *
     * @param caseTitle the case's number and title, or a word saying it has none
     * @param process the process's name in the reader's language
     * @param activity the step's name in the reader's language
     */
    record IncidentRow(
            String id,
            String caseKey,
            String caseTitle,
            String process,
            String activity,
            String error,
            Instant since,
            boolean retryable) {}

    /** A case found by the instance search, with the processes it runs in. */
    record FoundCase(String caseKey, String title, String status, int instances, int running) {}

    /**
     * Where one process instance of a case stands, captioned in words, for the diagram script; the steps where a job
     * failed and waits for a retry are marked apart, and named in {@code incident}.
     */
    record Diagram(
            String caption,
            String definitionId,
            boolean running,
            List<String> activeActivityIds,
            List<String> completedActivityIds,
            List<String> incidentActivityIds,
            String incident) {}

    private final ProcessIncidents incidents;
    private final ProcessDiagrams diagrams;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CaseNames caseNames;
    private final UiFormat format;
    private final MessageSource messages;

    Operations(
            ProcessIncidents incidents,
            ProcessDiagrams diagrams,
            CommandGateway commands,
            QueryGateway queries,
            CaseNames caseNames,
            UiFormat format,
            MessageSource messages) {
        this.incidents = incidents;
        this.diagrams = diagrams;
        this.commands = commands;
        this.queries = queries;
        this.caseNames = caseNames;
        this.format = format;
        this.messages = messages;
    }

    List<IncidentRow> incidents() {
        return incidents.open().stream().map(this::row).toList();
    }

    /**
     * Retries the failed job of an incident and records who did it.
     *
     * @throws NotFound when no such incident is open (it was retried or resolved meanwhile)
     * @throws NotRetryable when no failed job stands behind it
     */
    IncidentRow retry(String incidentId, TongxinUser me) {
        ProcessIncidents.OpenIncident incident = incidents.find(incidentId).orElseThrow(() -> new NotFound("incident"));
        if (!incident.retryable()) {
            throw new NotRetryable(incidentId);
        }
        IncidentRow row = row(incident);
        incidents.retry(incident);
        commands.sendAndWait(new RecordIncidentRetry(
                ProcessLogId.of(incident.processKey() == null ? "unknown" : incident.processKey()),
                incident.caseKey(),
                row.caseTitle(),
                row.activity(),
                incident.message(),
                me.actor()));
        return row;
    }

    /** Cases found by number or title words (or an exact business key), newest first, at most twenty. */
    List<FoundCase> search(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String search = q.strip();
        if (search.length() > CaseSearch.MAX_QUERY) {
            search = search.substring(0, CaseSearch.MAX_QUERY);
        }
        List<FoundCase> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CaseLabel label : queries.query(
                        new SearchCases(search, null, MAX_FOUND), ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join()) {
            if (seen.add(label.id())) {
                found.add(found(label.id(), caseNames.label(label.id()), label.status()));
            }
        }
        if (found.isEmpty() && seen.add(search)) {
            FoundCase byKey = found(search, caseNames.label(search), null);
            if (byKey.instances() > 0) {
                found.add(byKey);
            }
        }
        return found.stream().filter(f -> f.instances() > 0).toList();
    }

    /** The case's title as lists name it. */
    String title(String caseKey) {
        return caseNames.label(caseKey);
    }

    /** Where each process instance of the case stands: its own process first, then each department's handling. */
    List<Diagram> positions(String caseKey) {
        List<String> keys = businessKeys(caseKey);
        if (keys.isEmpty()) {
            throw new NotFound("process instance");
        }
        List<ProcessIncidents.OpenIncident> open = incidents.open().stream()
                .filter(i -> i.caseKey() != null && keys.contains(i.caseKey()))
                .toList();
        return diagrams.positions(keys).stream()
                .map(p -> {
                    List<ProcessIncidents.OpenIncident> here = open.stream()
                            .filter(i -> i.caseKey().equals(p.businessKey())
                                    && p.definitionId().equals(i.definitionId()))
                            .toList();
                    return new Diagram(
                            caption(p),
                            p.definitionId(),
                            p.running(),
                            p.activeActivityIds(),
                            p.completedActivityIds(),
                            here.stream()
                                    .map(ProcessIncidents.OpenIncident::activityId)
                                    .distinct()
                                    .toList(),
                            here.isEmpty()
                                    ? null
                                    : messages.getMessage(
                                            "operations.incidentAt",
                                            new Object[] {
                                                String.join(
                                                        "、",
                                                        here.stream()
                                                                .map(i -> oneLanguage(i.activityName()))
                                                                .distinct()
                                                                .toList())
                                            },
                                            LocaleContextHolder.getLocale()));
                })
                .toList();
    }

    private FoundCase found(String caseKey, String title, String status) {
        List<ProcessIncidents.InstanceCount> counts = incidents.instancesOf(caseKey);
        return new FoundCase(
                caseKey,
                title,
                status,
                counts.stream()
                        .mapToInt(ProcessIncidents.InstanceCount::instances)
                        .sum(),
                counts.stream()
                        .mapToInt(ProcessIncidents.InstanceCount::running)
                        .sum());
    }

    private List<String> businessKeys(String caseKey) {
        return incidents.instancesOf(caseKey).stream()
                .map(ProcessIncidents.InstanceCount::businessKey)
                .toList();
    }

    private String caption(ProcessDiagrams.Position p) {
        String process = format.code("process.", p.processKey());
        String key = p.businessKey();
        if (HandlingId.isHandlingId(key)) {
            return process + " · "
                    + format.department(new HandlingId(key).department().value());
        }
        return process;
    }

    private IncidentRow row(ProcessIncidents.OpenIncident incident) {
        return new IncidentRow(
                incident.id(),
                incident.caseKey(),
                incident.caseKey() == null ? format.code("operations.", "noCase") : caseNames.label(incident.caseKey()),
                incident.processKey() == null ? "" : format.code("process.", incident.processKey()),
                oneLanguage(incident.activityName()),
                incident.message(),
                incident.since(),
                incident.retryable());
    }

    /** Element names are written {@code 中文 / English}; the reader gets the half of their language. */
    private String oneLanguage(String name) {
        if (name == null) {
            return "";
        }
        String[] parts = name.split(" / ");
        return parts.length == 2 ? parts[format.english() ? 1 : 0].strip() : name;
    }

    /** An incident that is not a failed job (nothing to retry). */
    static final class NotRetryable extends RuntimeException {

        NotRetryable(String incidentId) {
            super("incident " + incidentId + " has no failed job to retry");
        }
    }
}
