package org.tongxin.processes.studio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The deployed versions of the processes in plain Java types, and deploying a new one. */
@Component
public class ProcessVersions {

    /** One deployed version and how many cases run on it now. */
    public record DeployedVersion(
            String processKey,
            String processName,
            int version,
            String definitionId,
            Instant deployedAt,
            long runningInstances) {}

    private final RepositoryService repository;
    private final RuntimeService runtime;

    ProcessVersions(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** The latest version of every process, by key. */
    public List<DeployedVersion> latest() {
        return repository
                .createProcessDefinitionQuery()
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    /** Every version of one process, newest first; empty for an unknown key. */
    public List<DeployedVersion> versions(String key) {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .orderByProcessDefinitionVersion()
                .desc()
                .list()
                .stream()
                .map(this::view)
                .toList();
    }

    public String xml(String definitionId) {
        try (InputStream in = repository.getProcessModel(definitionId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the model of " + definitionId, e);
        }
    }

    /**
     * Deploys one process document as the next version of {@code key}; the contract guard on every deployment checks
     * it once more. Joins the caller's transaction.
     */
    public DeployedVersion deploy(String key, String xml, String name) {
        Deployment deployment = repository
                .createDeployment()
                .name(name)
                .source("tongxin-studio")
                .addString(key + ".bpmn", xml)
                .deploy();
        return view(repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .processDefinitionKey(key)
                .singleResult());
    }

    private DeployedVersion view(ProcessDefinition d) {
        Deployment deployment = repository
                .createDeploymentQuery()
                .deploymentId(d.getDeploymentId())
                .singleResult();
        return new DeployedVersion(
                d.getKey(),
                d.getName(),
                d.getVersion(),
                d.getId(),
                deployment == null || deployment.getDeploymentTime() == null
                        ? null
                        : deployment.getDeploymentTime().toInstant(),
                runtime.createProcessInstanceQuery()
                        .processDefinitionId(d.getId())
                        .count());
    }
}
