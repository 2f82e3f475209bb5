package org.tongxin.processes.contract;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * Runs the {@link BpmnContract} before Camunda deploys anything: a diagram that breaks it is refused with every
 * violation named by element id, and nothing of the deployment is stored.
 */
@Component
public class ContractCheckingPlugin implements ProcessEnginePlugin {

    private final ObjectProvider<TaskTypeRegistry> registry;
    private final ListableBeanFactory beans;

    ContractCheckingPlugin(ObjectProvider<TaskTypeRegistry> registry, ListableBeanFactory beans) {
        this.registry = registry;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> pre = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        pre.add(this::check);
        configuration.setCustomPreDeployers(pre);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}

    /** The contract with the product's current task types, beans and bridges. */
    public BpmnContract contract() {
        TaskTypeRegistry types = registry.getObject();
        Set<String> messages = new HashSet<>();
        for (String bridge : beans.getBeanNamesForAnnotation(Correlates.class)) {
            messages.addAll(
                    List.of(beans.findAnnotationOnBean(bridge, Correlates.class).value()));
        }
        return new BpmnContract(key -> types.find(key).isPresent(), beans::containsBean, messages);
    }

    private void check(DeploymentEntity deployment) {
        // Camunda also passes old deployments through the deployers when it reloads them into its cache; those
        // were accepted under the contract of their day and must stay runnable.
        if (!deployment.isNew()) {
            return;
        }
        BpmnContract contract = contract();
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (!resource.getName().endsWith(".bpmn") && !resource.getName().endsWith(".bpmn20.xml")) {
                continue;
            }
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
            contract.check(model).forEach(v -> problems.add(resource.getName() + " " + v));
        }
        if (!problems.isEmpty()) {
            throw new ProcessEngineException(
                    "BPMN contract violated, deployment refused: " + String.join("; ", problems));
        }
    }
}
