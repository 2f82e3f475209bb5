package org.tongxin.processes.bridge;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to the process instance waiting for it. A message nobody waits for is logged, not thrown:
 * the event has happened either way, and refusing it would undo the business fact for a process that moved on.
 */
@Component
class Correlations {

    private static final Logger log = LoggerFactory.getLogger(Correlations.class);

    private final RuntimeService runtimeService;

    Correlations(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    void correlate(String message, String processKey, String businessKey, Map<String, Object> variables) {
        Execution waiting = runtimeService
                .createExecutionQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(message)
                .singleResult();
        deliver(message, waiting, variables, processKey + " " + businessKey);
    }

    /** For processes found by a variable rather than their business key (a handling reassigned keeps its key). */
    void correlateByVariable(
            String message, String processKey, String variable, Object value, Map<String, Object> variables) {
        Execution waiting = runtimeService
                .createExecutionQuery()
                .processDefinitionKey(processKey)
                .processVariableValueEquals(variable, value)
                .messageEventSubscriptionName(message)
                .singleResult();
        deliver(message, waiting, variables, processKey + " " + variable + "=" + value);
    }

    /**
     * Delivers the message to the process waiting for it or, when the process found by the variable has not reached
     * the wait yet, leaves {@code variables} on it, so the gateway ahead reads the same fact.
     */
    void correlateOrRecord(
            String message, String processKey, String variable, Object value, Map<String, Object> variables) {
        Execution waiting = runtimeService
                .createExecutionQuery()
                .processDefinitionKey(processKey)
                .processVariableValueEquals(variable, value)
                .messageEventSubscriptionName(message)
                .singleResult();
        if (waiting != null) {
            deliver(message, waiting, variables, processKey + " " + variable + "=" + value);
            return;
        }
        ProcessInstance instance = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(variable, value)
                .singleResult();
        if (instance == null) {
            log.info("No process {} with {}={} for {}; the fact is dropped", processKey, variable, value, message);
            return;
        }
        runtimeService.setVariables(instance.getId(), variables);
    }

    private void deliver(String message, Execution waiting, Map<String, Object> variables, String target) {
        if (waiting == null) {
            log.info("No process waits for {} ({}); the message is dropped", message, target);
            return;
        }
        runtimeService
                .createMessageCorrelation(message)
                .processInstanceId(waiting.getProcessInstanceId())
                .setVariables(variables)
                .correlate();
    }
}
