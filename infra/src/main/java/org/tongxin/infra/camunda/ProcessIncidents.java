package org.tongxin.infra.camunda;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * For the operations page: the engine's open incidents in plain Java types, so that pages and the API stay
 * Camunda-free, the retry of the failed job behind one, and the process instances of a case. A retry gives the job one more try now, as Cockpit's "increment retries" does; whether it
 * succeeds is the job executor's to find out, and if it fails again a new incident opens.
 */
@Component
public class ProcessIncidents {

    /** Only failed jobs can be retried; other incident types (a failed external task) are shown but not offered. */
    private static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    /**
     * One open incident.
     *
     * @param caseKey the process instance's business key, or null
     * @param activityName the step's name in both languages ({@code 中文 / English}) or its id when it has none
     * @param retryable whether a failed job stands behind it
     */
    public record OpenIncident(
            String id,
            String processKey,
            String definitionId,
            String processInstanceId,
            String caseKey,
            String activityId,
            String activityName,
            String message,
            Instant since,
            boolean retryable) {}

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final Clock clock;

    ProcessIncidents(
            RuntimeService runtime,
            ManagementService management,
            RepositoryService repository,
            HistoryService history,
            Clock clock) {
        this.history = history;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.clock = clock;
    }

    /** Every open incident, newest first. */
    public List<OpenIncident> open() {
        Map<String, BpmnModelInstance> models = new HashMap<>();
        return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list().stream()
                .map(i -> view(i, models))
                .toList();
    }

    public Optional<OpenIncident> find(String id) {
        Incident incident = runtime.createIncidentQuery().incidentId(id).singleResult();
        return Optional.ofNullable(incident).map(i -> view(i, new HashMap<>()));
    }

    /**
     * Gives the failed job one more try, due now.
     *
     * @throws IllegalStateException when the incident has no failed job behind it
     */
    public void retry(OpenIncident incident) {
        if (!incident.retryable()) {
            throw new IllegalStateException("incident " + incident.id() + " has no failed job to retry");
        }
        String jobId = runtime.createIncidentQuery()
                .incidentId(incident.id())
                .singleResult()
                .getConfiguration();
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, Date.from(clock.instant()));
    }

    /**
     * The business keys of a case's process instances, running or ended: the case's own and those of its handlings,
     * whose keys begin with the case id and a slash; the case's own first.
     */
    public List<InstanceCount> instancesOf(String caseKey) {
        List<HistoricProcessInstance> all = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseKey)
                .list());
        all.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(escapeLike(caseKey) + "/%")
                .list());
        Map<String, InstanceCount> byKey = new TreeMap<>(
                (a, b) -> a.equals(b) ? 0 : a.equals(caseKey) ? -1 : b.equals(caseKey) ? 1 : a.compareTo(b));
        for (HistoricProcessInstance instance : all) {
            boolean running = instance.getEndTime() == null;
            byKey.merge(
                    instance.getBusinessKey(),
                    new InstanceCount(instance.getBusinessKey(), 1, running ? 1 : 0),
                    (x, y) -> new InstanceCount(
                            x.businessKey(), x.instances() + y.instances(), x.running() + y.running()));
        }
        return List.copyOf(byKey.values());
    }

    /** How many process instances ran under one business key, and how many still run. */
    public record InstanceCount(String businessKey, int instances, int running) {}

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private OpenIncident view(Incident incident, Map<String, BpmnModelInstance> models) {
        String definitionId = incident.getProcessDefinitionId();
        String processKey = null;
        String name = incident.getActivityId();
        if (definitionId != null) {
            BpmnModelInstance model = models.computeIfAbsent(definitionId, repository::getBpmnModelInstance);
            processKey = repository.getProcessDefinition(definitionId).getKey();
            ModelElementInstance element =
                    incident.getActivityId() == null ? null : model.getModelElementById(incident.getActivityId());
            String elementName = element == null ? null : element.getAttributeValue("name");
            if (elementName != null && !elementName.isBlank()) {
                name = elementName;
            }
        }
        String caseKey = null;
        if (incident.getProcessInstanceId() != null) {
            ProcessInstance instance = runtime.createProcessInstanceQuery()
                    .processInstanceId(incident.getProcessInstanceId())
                    .singleResult();
            caseKey = instance == null ? null : instance.getBusinessKey();
        }
        return new OpenIncident(
                incident.getId(),
                processKey,
                definitionId,
                incident.getProcessInstanceId(),
                caseKey,
                incident.getActivityId(),
                name,
                incident.getIncidentMessage(),
                incident.getIncidentTimestamp() == null
                        ? null
                        : incident.getIncidentTimestamp().toInstant(),
                FAILED_JOB.equals(incident.getIncidentType()) && incident.getConfiguration() != null);
    }
}
