package org.tongxin.processes.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.proposal.ProposalLifecycleProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.processes.handling.DepartmentHandlingProcess;
import org.tongxin.processes.proposal.HandlingRef;
import org.tongxin.processes.proposal.ProposalLifecycleProcess.Filing;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * A proposal started on the diagram version that kept lists as joined text moves onto the current version with
 * JSON lists, and goes on from where it waited.
 */
class TypedListsUpgradeTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    /** {@code proposal-lifecycle} as deployed before its lists became JSON variables. */
    static final String JOINED_TEXT_VERSION = "legacy/proposal-lifecycle-joined-text.bpmn";

    private static final String PROPOSAL = "3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a";

    private ProcessEngine engine;
    private RuntimeService runtime;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        runtime = engine.getRuntimeService();
        ProcessEngineFixture.register(Map.of());
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource(JOINED_TEXT_VERSION)
                .addModelInstance(
                        "department-handling-stand-in.bpmn",
                        Bpmn.createExecutableProcess(DepartmentHandlingProcess.KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask()
                                .endEvent()
                                .done())
                .deploy());
    }

    @Test
    void aProposalWaitingWithJoinedTextListsMovesToTheCurrentDiagramWithJsonLists() {
        ProcessInstance old = runtime.startProcessInstanceByKey(
                KEY, PROPOSAL, Map.of(VAR_PROPOSAL_ID, PROPOSAL, VAR_JOINT, false, VAR_CO_SIGNERS, "member，member2"));
        complete(TASK_REVIEW_FILING, Map.of(VAR_FILING, Filing.FILE.name()));
        runtime.setVariables(
                old.getId(),
                Map.of(
                        VAR_HANDLINGS,
                        PROPOSAL + "/transport/1;transport;LEAD;," + PROPOSAL + "/education/1;education;CO;" + PROPOSAL
                                + "/transport/1",
                        VAR_SOURCE_CLUES,
                        "c-1,c-2"));
        extension.manageDeployment(engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource(RESOURCE)
                .deploy());

        int moved = new TypedListsUpgrade(runtime, engine.getRepositoryService()).upgrade();

        assertThat(moved).isOne();
        ProcessInstance upgraded = runtime.createProcessInstanceQuery()
                .processInstanceId(old.getId())
                .singleResult();
        assertThat(engine.getRepositoryService()
                        .getProcessDefinition(upgraded.getProcessDefinitionId())
                        .getVersion())
                .isEqualTo(2);
        assertThatProcess(upgraded).isWaitingAt(TASK_ASSIGN_DEPARTMENTS);
        assertThat((Object) runtime.getVariableTyped(old.getId(), VAR_CO_SIGNERS))
                .isInstanceOf(ObjectValue.class);
        assertThat(coSigners(runtime.getVariable(old.getId(), VAR_CO_SIGNERS))).containsExactly("member", "member2");
        assertThat(sourceClues(runtime.getVariable(old.getId(), VAR_SOURCE_CLUES)))
                .containsExactly("c-1", "c-2");
        assertThat(handlings(runtime.getVariable(old.getId(), VAR_HANDLINGS)))
                .containsExactly(
                        new HandlingRef(PROPOSAL + "/transport/1", "transport", "LEAD", null),
                        new HandlingRef(PROPOSAL + "/education/1", "education", "CO", PROPOSAL + "/transport/1"));
        assertThat((Object) runtime.getVariable(old.getId(), VAR_CO_HANDLER_COUNT))
                .isEqualTo(1);

        complete(TASK_ASSIGN_DEPARTMENTS, Map.of(VAR_EVALUATORS, evaluators(java.util.List.of("member"))));
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(DepartmentHandlingProcess.KEY)
                        .list())
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder(PROPOSAL + "/transport/1", PROPOSAL + "/education/1");
        assertThat(new TypedListsUpgrade(runtime, engine.getRepositoryService()).upgrade())
                .isZero();
    }

    private void complete(String taskKey, Map<String, Object> variables) {
        engine.getTaskService()
                .complete(
                        engine.getTaskService()
                                .createTaskQuery()
                                .taskDefinitionKey(taskKey)
                                .singleResult()
                                .getId(),
                        variables);
    }
}
