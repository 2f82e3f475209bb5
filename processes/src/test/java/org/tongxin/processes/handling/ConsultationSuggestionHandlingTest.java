package org.tongxin.processes.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.handling.DepartmentHandlingProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.engine.consultation.SuggestionSource;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.handling.CloseHandling;
import org.tongxin.engine.handling.HandlingReplied;
import org.tongxin.engine.handling.MarkOverdue;
import org.tongxin.engine.handling.OpenHandling;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.processes.testing.ProcessEngineFixture;

/**
 * A consultation suggestion transferred to a department, started as the consultation bridge starts it: nobody
 * evaluates the answer, an overdue answer is marked and followed up like any kind's, and the answer closes it.
 */
@Deployment(resources = RESOURCE)
class ConsultationSuggestionHandlingTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final HandlingId SUGGESTION = HandlingId.of(
            SuggestionSource.of(new TopicId("7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"), 2),
            new DepartmentCode("transport"),
            1);

    private DepartmentHandlingFixture handling;

    @BeforeEach
    void setUp() {
        handling = new DepartmentHandlingFixture(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(DepartmentHandlingFixture.NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance transfer() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_HANDLING_ID, SUGGESTION.value());
        variables.put(VAR_DEPARTMENT, "transport");
        variables.put(VAR_ROLE, HandlingRole.SEPARATE.name());
        variables.put(VAR_ASSIGNED_ON, DepartmentHandlingFixture.ASSIGNED_ON.toString());
        variables.put(VAR_KEY_PROPOSAL, false);
        variables.put(VAR_CO_HANDLER_COUNT, 0);
        return extension
                .getProcessEngine()
                .getRuntimeService()
                .createMessageCorrelation(MSG_HANDLING_TRANSFERRED)
                .processInstanceBusinessKey(SUGGESTION.value())
                .setVariables(variables)
                .correlateStartMessage();
    }

    @Test
    void anOverdueAnswerIsMarkedAndFollowedUpAndTheAnswerClosesTheHandlingWithoutEvaluation() {
        ProcessInstance instance = transfer();
        // The start is asynchronous after the event (the bridge's command must commit first): run that job.
        var management = extension.getProcessEngine().getManagementService();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId());
        OpenHandling open = handling.commands.sent(OpenHandling.class).get(0);
        assertThat(open.source().kind()).isEqualTo(SourceKind.CONSULTATION_SUGGESTION);
        assertThat(open.evaluators()).isEmpty();
        assertThat(handling.variable(instance, VAR_SOURCE_KIND)).isEqualTo(SourceKind.CONSULTATION_SUGGESTION.name());

        handling.receiveAndContact();
        handling.fire(TIMER_REPLY_DUE);

        assertThat(handling.commands.sent(MarkOverdue.class)).hasSize(1);
        assertThatProcess(instance).isWaitingAt(TASK_REPLY, TASK_FOLLOW_UP_OVERDUE);

        Map<String, Object> replied = new HashMap<>(HandlingVariables.from(List.of(new HandlingReplied(
                SUGGESTION,
                1,
                null,
                "已建成人行天桥",
                DepartmentHandlingFixture.REPLY_DUE,
                DepartmentHandlingFixture.REPLY_DUE,
                true,
                null,
                ActorRef.system(),
                DepartmentHandlingFixture.NOW))));
        replied.put(VAR_REPLY_ACTION, ReplyAction.REPLY.name());
        replied.put(VAR_HAS_EVALUATORS, false);
        handling.complete(TASK_REPLY, replied);

        assertThat(handling.tasks(TASK_EVALUATE)).isEmpty();
        assertThat(handling.commands.sent(CloseHandling.class)).hasSize(1);
        assertThatProcess(instance).isEnded();
    }
}
