package org.tongxin.processes.upgrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.HandlingRef;
import org.tongxin.processes.proposal.ProposalLifecycleProcess;
import org.tongxin.processes.variable.JsonList;

/**
 * Instances started before lists became JSON variables hold them as comma-joined text, and their diagram versions
 * call {@code ${lists.split(…)}} and {@code ${handlingRefs.…}}, beans that no longer exist. At start-up each such
 * instance gets its lists rewritten as JSON lists and moves to the latest version of its diagram (element ids are
 * unchanged, so every waiting point maps onto itself). An instance the engine cannot migrate stays as it was and
 * is logged by id.
 */
@Component
public class TypedListsUpgrade {

    private static final Logger log = LoggerFactory.getLogger(TypedListsUpgrade.class);

    private final RuntimeService runtime;
    private final RepositoryService repository;

    public TypedListsUpgrade(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    @EventListener(ContextRefreshedEvent.class)
    void onStart() {
        int upgraded = upgrade();
        if (upgraded > 0) {
            log.info("Moved {} running process instances onto typed list variables", upgraded);
        }
    }

    /** The count of a lead's received opinions that department-handling kept before the lead handling did. */
    static final String LEGACY_OPINIONS_RECEIVED = "opinionsReceived";

    /** @return how many instances were moved */
    public int upgrade() {
        return upgrade(ProposalLifecycleProcess.KEY) + upgrade(DepartmentHandlingProcess.KEY);
    }

    private int upgrade(String key) {
        ProcessDefinition latest = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
        if (latest == null) {
            return 0;
        }
        int moved = 0;
        for (ProcessInstance instance :
                runtime.createProcessInstanceQuery().processDefinitionKey(key).list()) {
            if (instance.getProcessDefinitionId().equals(latest.getId())) {
                continue;
            }
            Map<String, Object> lists = typedLists(instance.getId());
            if (lists.isEmpty()) {
                continue;
            }
            if (key.equals(DepartmentHandlingProcess.KEY)) {
                lists.putAll(handlingVariables(instance.getId()));
            }
            try {
                runtime.setVariables(instance.getId(), lists);
                MigrationPlan plan = runtime.createMigrationPlan(instance.getProcessDefinitionId(), latest.getId())
                        .mapEqualActivities()
                        .updateEventTriggers()
                        .build();
                runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
                moved++;
            } catch (ProcessEngineException e) {
                log.warn(
                        "Process instance {} ({}) keeps its joined-text lists: {}",
                        instance.getId(),
                        key,
                        e.getMessage());
            }
        }
        return moved;
    }

    /** The instance's list variables still held as joined text, rewritten; empty when there are none. */
    private Map<String, Object> typedLists(String instanceId) {
        Map<String, Object> lists = new HashMap<>();
        for (String name : List.of(
                ProposalLifecycleProcess.VAR_CO_SIGNERS,
                ProposalLifecycleProcess.VAR_EVALUATORS,
                ProposalLifecycleProcess.VAR_SOURCE_CLUES)) {
            String joined = joinedText(instanceId, name);
            if (joined != null) {
                lists.put(name, JsonList.of(split(joined)));
            }
        }
        String handlings = joinedText(instanceId, ProposalLifecycleProcess.VAR_HANDLINGS);
        if (handlings != null) {
            List<HandlingRef> refs = new ArrayList<>();
            for (String descriptor : split(handlings)) {
                String[] part = descriptor.split(";", -1);
                refs.add(new HandlingRef(part[0], part[1], part[2], part[3].isEmpty() ? null : part[3]));
            }
            lists.put(ProposalLifecycleProcess.VAR_HANDLINGS, JsonList.of(refs));
            lists.put(ProposalLifecycleProcess.VAR_CO_HANDLER_COUNT, (int) refs.stream()
                    .filter(r -> HandlingRole.CO.name().equals(r.role()))
                    .count());
        }
        return lists;
    }

    /**
     * What the current department-handling diagram reads and an instance of an older version lacks: every handling
     * then was a proposal's, evaluated by its proposer and co-signers, and a lead's opinions were complete once its
     * count of received opinions reached its co-handlers. The lead's opinions timer keeps the due date it had.
     */
    private Map<String, Object> handlingVariables(String instanceId) {
        Map<String, Object> variables = new HashMap<>();
        Map<String, Object> current = runtime.getVariables(instanceId);
        variables.put(DepartmentHandlingProcess.VAR_SOURCE_KIND, SourceKind.PROPOSAL.name());
        if (current.get(DepartmentHandlingProcess.VAR_PROPOSAL_ID) != null) {
            variables.put(
                    DepartmentHandlingProcess.VAR_SOURCE_ID, current.get(DepartmentHandlingProcess.VAR_PROPOSAL_ID));
        }
        variables.put(DepartmentHandlingProcess.VAR_HAS_EVALUATORS, true);
        if (!current.containsKey(DepartmentHandlingProcess.VAR_OPINIONS_COMPLETE)) {
            int received = current.get(LEGACY_OPINIONS_RECEIVED) instanceof Number n ? n.intValue() : 0;
            int expected =
                    current.get(DepartmentHandlingProcess.VAR_CO_HANDLER_COUNT) instanceof Number n ? n.intValue() : 0;
            variables.put(DepartmentHandlingProcess.VAR_OPINIONS_COMPLETE, received >= expected);
        }
        current.keySet().forEach(variables.keySet()::remove);
        return variables;
    }

    private String joinedText(String instanceId, String name) {
        TypedValue value = runtime.getVariableTyped(instanceId, name);
        return value instanceof StringValue text ? text.getValue() : null;
    }

    /** The old text split as the old {@code ProcessLists} did: ASCII or Chinese commas, blanks dropped. */
    private static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("[,，]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
