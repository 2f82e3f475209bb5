package org.tongxin.processes.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.handling.DepartmentHandlingFixture.EVALUATORS;
import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.upgrade.TypedListsUpgrade;

/** A handling started when evaluators were joined text reaches its evaluation on the current diagram. */
class DepartmentHandlingUpgradeTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    /** {@code department-handling} as deployed before its evaluators became a JSON list. */
    static final String JOINED_TEXT_VERSION = "legacy/department-handling-joined-text.bpmn";

    /** The lead's count of opinions received, which that version kept as a variable (set when it started). */
    static final String OPINIONS_RECEIVED = "opinionsReceived";

    private ProcessEngine engine;
    private DepartmentHandlingFixture handling;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        handling = new DepartmentHandlingFixture(engine);
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource(JOINED_TEXT_VERSION)
                .deploy());
    }

    @Test
    void aHandlingWaitingForItsReplyWithJoinedTextEvaluatorsIsEvaluatedByEachAfterTheUpgrade() {
        ProcessInstance old = handling.start(HandlingRole.LEAD, 0, Map.of(OPINIONS_RECEIVED, 0));
        handling.receiveAndContact();
        engine.getRuntimeService().setVariable(old.getId(), VAR_EVALUATORS, String.join(",", EVALUATORS));
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource(RESOURCE)
                .deploy());

        assertThat(new TypedListsUpgrade(engine.getRuntimeService(), engine.getRepositoryService()).upgrade())
                .isOne();
        handling.reply();

        assertThat(handling.tasks(TASK_EVALUATE))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(EVALUATORS);
    }
}
