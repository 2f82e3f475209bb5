package org.tongxin.processes.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.supervision.SupervisionProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * {@code supervision} on a real engine: the team, activities until the office says there are no more, a verification
 * per department answer (several side by side, each knowing its own item), and the closing.
 */
@Deployment(resources = RESOURCE)
class SupervisionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String ENTRY = "5f0e2c1a-3b4d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String TRANSPORT_ITEM = "rectification:" + ENTRY + "/transport/1";
    private static final String EDUCATION_ITEM = "rectification:" + ENTRY + "/education/1";

    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessEngineFixture.register(Map.of());
    }

    @Test
    void theTeamRecordsActivitiesUntilThereAreNoMoreThenClosesTheEntry() {
        ProcessInstance instance = start();
        assertThatProcess(instance).isWaitingAt(TASK_FORM_TEAM);
        complete(TASK_FORM_TEAM, Map.of());
        complete(TASK_RECORD_ACTIVITY, Map.of(VAR_MORE_ACTIVITIES, true));
        assertThatProcess(instance).isWaitingAt(TASK_RECORD_ACTIVITY);
        complete(TASK_RECORD_ACTIVITY, Map.of(VAR_MORE_ACTIVITIES, false));
        assertThatProcess(instance).isWaitingAt(TASK_CLOSE_ENTRY);
        complete(TASK_CLOSE_ENTRY, Map.of());
        assertThatProcess(instance).hasPassed(END_ENTRY_CLOSED).isEnded();
    }

    @Test
    void everyAnswerGetsItsOwnVerificationThatKnowsItsItem() {
        ProcessInstance instance = start();
        complete(TASK_FORM_TEAM, Map.of());

        answered(TRANSPORT_ITEM);
        answered(EDUCATION_ITEM);

        List<Task> verifications = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(TASK_VERIFY_RECTIFICATION)
                .list();
        assertThat(verifications)
                .extracting(t -> engine.getTaskService().getVariable(t.getId(), VAR_RECTIFICATION_HANDLING_ID))
                .containsExactlyInAnyOrder(TRANSPORT_ITEM, EDUCATION_ITEM);
        // the main flow goes on meanwhile
        assertThatProcess(instance).isWaitingAt(TASK_RECORD_ACTIVITY, TASK_VERIFY_RECTIFICATION);

        for (Task verification : verifications) {
            engine.getTaskService().complete(verification.getId());
        }
        assertThatProcess(instance).hasPassed(END_VERIFIED).isWaitingAt(TASK_RECORD_ACTIVITY);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService()
                .createMessageCorrelation(MSG_ENTRY_REGISTERED)
                .processInstanceBusinessKey(ENTRY)
                .setVariable(VAR_SUPERVISION_ID, ENTRY)
                .correlateStartMessage();
    }

    private void answered(String item) {
        var waiting = engine.getRuntimeService()
                .createExecutionQuery()
                .processInstanceBusinessKey(ENTRY)
                .messageEventSubscriptionName(MSG_RECTIFICATION_ANSWERED)
                .singleResult();
        engine.getRuntimeService()
                .messageEventReceived(
                        MSG_RECTIFICATION_ANSWERED, waiting.getId(), Map.of(VAR_ANSWERED_HANDLING_ID, item));
    }

    private void complete(String key, Map<String, Object> variables) {
        Task task =
                engine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }
}
