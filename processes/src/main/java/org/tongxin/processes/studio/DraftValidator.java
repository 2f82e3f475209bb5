package org.tongxin.processes.studio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.tongxin.processes.contract.BpmnContract;
import org.tongxin.processes.contract.ContractCheckingPlugin;
import org.tongxin.processes.contract.ContractViolation;
import org.tongxin.processes.task.TaskTypeRegistry;

/**
 * Checks a draft of one process as a deployment would, without deploying: the XML must be a BPMN model, Camunda's
 * own parser must accept it, its executable process must carry the key it is a draft of, it must keep the BPMN
 * contract (the same rules the deployment guard enforces), every user task must be offered to someone — a
 * registered task nobody is offered waits forever — and come after a step that sets the variables its form needs.
 */
@Component
public class DraftValidator {

    public static final String UNREADABLE = "UNREADABLE";
    public static final String PARSER = "PARSER";
    public static final String WRONG_KEY = "WRONG_KEY";
    public static final String OFFERED_TO_NOBODY = "OFFERED_TO_NOBODY";

    public static final String VARIABLE_NOT_SET = VariableFlow.VARIABLE_NOT_SET;

    private final ProcessEngine engine;
    private final Supplier<BpmnContract> contract;
    private final TaskVariables variables;

    @Autowired
    DraftValidator(ProcessEngine engine, ContractCheckingPlugin contract, TaskTypeRegistry registry) {
        this(engine, contract::contract, TaskVariables.of(registry));
    }

    /** With the contract as it stands when each draft is checked (task types, beans and bridges of the day). */
    public DraftValidator(ProcessEngine engine, Supplier<BpmnContract> contract) {
        this(engine, contract, TaskVariables.none());
    }

    /** With the task registry's word on which variables each task reads and writes, too. */
    public DraftValidator(ProcessEngine engine, Supplier<BpmnContract> contract, TaskVariables variables) {
        this.engine = engine;
        this.contract = contract;
        this.variables = variables;
    }

    public List<Finding> validate(String processKey, String xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ModelException | IllegalArgumentException e) {
            return List.of(new Finding(null, null, UNREADABLE, rootMessage(e)));
        }
        List<Finding> findings = new ArrayList<>();
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .toList();
        if (executable.size() != 1 || !processKey.equals(executable.get(0).getId())) {
            String id = executable.isEmpty() ? null : executable.get(0).getId();
            findings.add(new Finding(
                    id,
                    id == null ? null : name(model, id),
                    WRONG_KEY,
                    "the draft's one executable process must have the id " + processKey));
        }
        findings.addAll(parserFindings(model, xml));
        for (ContractViolation v : contract.get().check(model)) {
            findings.add(new Finding(
                    v.elementId(), name(model, v.elementId()), v.rule().name(), v.message()));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (blank(task.getCamundaAssignee())
                    && blank(task.getCamundaCandidateGroups())
                    && blank(task.getCamundaCandidateUsers())) {
                findings.add(new Finding(
                        task.getId(),
                        task.getName(),
                        OFFERED_TO_NOBODY,
                        "user task has no assignee and no candidate group"));
            }
        }
        findings.addAll(VariableFlow.check(model, processKey, variables));
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    /** Camunda's parser, run in a command context as its parse listeners expect; nothing is stored. */
    private List<Finding> parserFindings(BpmnModelInstance model, String xml) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        BpmnDeployer deployer = configuration.getDeployers().stream()
                .filter(BpmnDeployer.class::isInstance)
                .map(BpmnDeployer.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the process engine has no BPMN deployer"));
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> {
                BpmnParse parse = deployer.getBpmnParser().createParse();
                parse.deployment(new DeploymentEntity());
                parse.sourceString(xml).name("draft.bpmn").execute();
                return null;
            });
            return List.of();
        } catch (ParseException e) {
            List<Finding> findings = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    String id = diagramId(problem.getMainElementId());
                    findings.add(new Finding(id, id == null ? null : name(model, id), PARSER, problem.getMessage()));
                }
            }
            if (findings.isEmpty()) {
                findings.add(new Finding(null, null, PARSER, e.getMessage()));
            }
            return findings;
        } catch (RuntimeException e) {
            return List.of(new Finding(null, null, PARSER, rootMessage(e)));
        }
    }

    private static String name(BpmnModelInstance model, String id) {
        ModelElementInstance element = model.getModelElementById(id);
        if (element instanceof FlowElement flow) {
            return flow.getName();
        }
        if (element instanceof Process process) {
            return process.getName();
        }
        return element instanceof BaseElement base ? base.getAttributeValue("name") : null;
    }

    /** Camunda names a multi-instance activity's body {@code Task_X#multiInstanceBody}; the diagram knows Task_X. */
    private static String diagramId(String parserId) {
        if (parserId == null) {
            return null;
        }
        int hash = parserId.indexOf('#');
        return hash < 0 ? parserId : parserId.substring(0, hash);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Set<Throwable> seen = new LinkedHashSet<>();
        Throwable t = e;
        while (t.getCause() != null && seen.add(t)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.getMessage() : t.getMessage();
    }
}
