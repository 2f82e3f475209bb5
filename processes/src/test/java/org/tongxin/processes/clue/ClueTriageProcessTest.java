package org.tongxin.processes.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.clue.ClueTriageProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongxin.engine.clue.AbsorbClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.testing.RecordingCommands;

/**
 * {@code clue-triage} on a real engine, every route out of the classification: adopted and drafted, converted to a
 * topic or report (waiting for the message), declined, merged into an earlier clue.
 */
@Deployment(resources = RESOURCE)
class ClueTriageProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String CLUE = "0b3c2f7e-5d1a-4e8b-9a70-3f2d1c0e9b44";
    private static final String EARLIER_CLUE = "6e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d11";
    private static final Instant REGISTERED_AT = Instant.parse("2026-06-01T02:00:00Z");

    private final RecordingCommands commands = new RecordingCommands();
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessEngineFixture.register(Map.of("linkMergedClue", new LinkMergedClueDelegate(commands)));
        ClockUtil.setCurrentTime(Date.from(REGISTERED_AT));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOfficeClassifiesARegisteredClueByItsDueDate() {
        ProcessInstance instance = start();

        assertThatProcess(instance).isWaitingAt(TASK_CLASSIFY);
        assertThat(task(TASK_CLASSIFY).getDueDate())
                .isEqualTo(ProcessEngineFixture.deadlines().clueClassificationDue());
    }

    @Test
    void aPublishedClueIsAdoptedAndTheAdopterDraftsTheProposal() {
        ProcessInstance instance = start();
        classify(ClueRoute.PUBLISH_FOR_ADOPTION);
        assertThatProcess(instance).isWaitingAt(TASK_ADOPT);

        engine.getTaskService().complete(task(TASK_ADOPT).getId(), Map.of(VAR_ADOPTER, "member"));
        assertThat(task(TASK_DRAFT_PROPOSAL).getAssignee()).isEqualTo("member");
        engine.getTaskService().complete(task(TASK_DRAFT_PROPOSAL).getId(), Map.of(VAR_PROPOSAL_ID, "p-1"));

        assertThatProcess(instance).hasPassed(END_PROPOSAL_DRAFTED).isEnded();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aClueRoutedToConsultationWaitsUntilItsTopicExists() {
        ProcessInstance instance = start();
        classify(ClueRoute.CONSULTATION_TOPIC);
        assertThatProcess(instance).isWaitingAt(EVENT_TOPIC_CREATED);

        converted();

        assertThatProcess(instance).hasPassed(END_ROUTED_TO_CONSULTATION).isEnded();
    }

    @Test
    void aClueRoutedToAnOpinionReportWaitsUntilTheReportExists() {
        ProcessInstance instance = start();
        classify(ClueRoute.PUBLIC_OPINION_REPORT);
        assertThatProcess(instance).isWaitingAt(EVENT_REPORT_CREATED);

        converted();

        assertThatProcess(instance).hasPassed(END_ROUTED_TO_OPINION_REPORT).isEnded();
    }

    @Test
    void aDeclinedClueEndsWithoutSendingAnything() {
        ProcessInstance instance = start();
        classify(ClueRoute.DECLINE);

        assertThatProcess(instance).hasPassed(END_DECLINED).isEnded();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aMergedClueIsAbsorbedByTheEarlierOne() {
        ProcessInstance instance = start();
        classify(ClueRoute.MERGE);

        assertThatProcess(instance)
                .hasPassed(SERVICE_LINK_MERGED_CLUE, END_MERGED)
                .isEnded();
        assertThat(commands.sent(AbsorbClue.class)).singleElement().satisfies(absorb -> {
            assertThat(absorb.clueId()).isEqualTo(new ClueId(EARLIER_CLUE));
            assertThat(absorb.mergedClue()).isEqualTo(new ClueId(CLUE));
        });
    }

    @ParameterizedTest
    @EnumSource(ClueRoute.class)
    void everyRouteLeavesTheClassification(ClueRoute route) {
        ProcessInstance instance = start();
        classify(route);

        assertThatProcess(instance).hasPassed(TASK_CLASSIFY);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey(TASK_CLASSIFY)
                        .list())
                .isEmpty();
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, CLUE, Map.of(VAR_CLUE_ID, CLUE));
    }

    private void classify(ClueRoute route) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ROUTE, route.name());
        if (route == ClueRoute.MERGE) {
            variables.put(VAR_MERGE_INTO, EARLIER_CLUE);
        }
        engine.getTaskService().complete(task(TASK_CLASSIFY).getId(), variables);
    }

    private void converted() {
        engine.getRuntimeService()
                .createMessageCorrelation(MSG_CLUE_CONVERTED)
                .processInstanceBusinessKey(CLUE)
                .correlate();
    }

    private Task task(String taskKey) {
        List<Task> open = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey(taskKey)
                .list();
        assertThat(open).as(taskKey).hasSize(1);
        return open.get(0);
    }
}
