package org.tongxin.infra.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * What the case page's diagram needs from the engine, in plain Java types so the pages stay Camunda-free: the
 * deployed BPMN XML of a process definition, and where a case's process instances stand.
 */
@Component
public class ProcessDiagrams {

    /**
     * One process instance of a case: its definition, whether it still runs, the activities it stands in now and the
     * ones it has passed through.
     */
    public record Position(
            String processKey,
            String processName,
            String businessKey,
            String definitionId,
            boolean running,
            List<String> activeActivityIds,
            List<String> completedActivityIds) {}

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    ProcessDiagrams(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    /** The latest process instance of each business key (a key may be started again, e.g. a re-handling round). */
    public List<Position> positions(Collection<String> businessKeys) {
        List<Position> positions = new ArrayList<>();
        for (String key : new LinkedHashSet<>(businessKeys)) {
            List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .orderByProcessInstanceStartTime()
                    .desc()
                    .listPage(0, 1);
            if (instances.isEmpty()) {
                continue;
            }
            HistoricProcessInstance instance = instances.get(0);
            boolean running = instance.getEndTime() == null;
            List<String> active = running ? runtime.getActiveActivityIds(instance.getId()) : List.of();
            List<String> completed = history
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId())
                    .finished()
                    .list()
                    .stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .distinct()
                    .toList();
            ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
            positions.add(new Position(
                    definition.getKey(),
                    definition.getName(),
                    key,
                    definition.getId(),
                    running,
                    List.copyOf(active),
                    completed));
        }
        return positions;
    }

    /** One deployed version of a process: what the designer's home lists. */
    public record Deployed(
            String key, String name, int version, String definitionId, Instant deployedAt, long runningInstances) {}

    /** Every deployed version of every process, by key, newest version first. */
    public List<Deployed> deployed() {
        return repository
                .createProcessDefinitionQuery()
                .orderByProcessDefinitionKey()
                .asc()
                .orderByProcessDefinitionVersion()
                .desc()
                .list()
                .stream()
                .map(d -> new Deployed(
                        d.getKey(),
                        d.getName(),
                        d.getVersion(),
                        d.getId(),
                        deployedAt(d.getDeploymentId()),
                        runtime.createProcessInstanceQuery()
                                .processDefinitionId(d.getId())
                                .count()))
                .toList();
    }

    private Instant deployedAt(String deploymentId) {
        Deployment deployment =
                repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        return deployment == null || deployment.getDeploymentTime() == null
                ? null
                : deployment.getDeploymentTime().toInstant();
    }

    /** The BPMN 2.0 XML as deployed; empty for an unknown definition id. */
    public Optional<String> xml(String definitionId) {
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionId(definitionId)
                        .count()
                == 0) {
            return Optional.empty();
        }
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model of " + definitionId, e);
        }
    }
}
