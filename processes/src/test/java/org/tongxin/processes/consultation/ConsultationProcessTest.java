package org.tongxin.processes.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.consultation.ConsultationProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tongxin.engine.consultation.CloseOnlineParticipation;
import org.tongxin.engine.consultation.MeetingScheduled;
import org.tongxin.engine.consultation.Participants;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.consultation.TopicKind;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.processes.task.FormValues;
import org.tongxin.processes.task.TaskContext;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.testing.RecordingCommands;

/**
 * {@code consultation} on a real engine, one test per path: approved through a meeting to three suggestions for two
 * departments, all answered and concluded; refused at approval; online opinions until the closing timer; the office
 * closing the follow-up with suggestions open. (A department's overdue answer is the department handling's own path,
 * {@code ConsultationSuggestionHandlingTest}.)
 */
@Deployment(resources = RESOURCE)
class ConsultationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String TOPIC = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final ActorRef STAFF = ActorRef.of("staff", Role.STAFF);

    private final RecordingCommands commands = new RecordingCommands();
    private final ConsultationTasks tasks = new ConsultationTasks(Clock.fixed(NOW, ProcessEngineFixture.ZONE));
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessEngineFixture.register(
                Map.of("closeOnlineParticipation", new CloseOnlineParticipationDelegate(commands)));
        ClockUtil.setCurrentTime(Date.from(NOW));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApprovedTopicGoesFromPreparationThroughItsMeetingToThreeSuggestionsAnsweredAndItsResult() {
        ProcessInstance instance = start(TopicKind.NEIGHBOURHOOD);
        assertThatProcess(instance).isWaitingAt(TASK_APPROVE);
        assertThat(groups(task(TASK_APPROVE))).containsExactly("LEADER");

        complete(TASK_APPROVE, Map.of(VAR_APPROVAL, Approval.APPROVE.name()));
        complete(TASK_PREPARE, Map.of(VAR_PREPARATION, Preparation.MORE.name()));
        assertThatProcess(instance).isWaitingAt(TASK_PREPARE);
        assertThat(groups(task(TASK_PREPARE))).containsExactlyInAnyOrder("STAFF", "MEMBER");
        complete(TASK_PREPARE, Map.of(VAR_PREPARATION, Preparation.DONE.name()));

        complete(TASK_SCHEDULE_MEETING, scheduled(null));
        assertThatProcess(instance).isWaitingAt(TASK_RECORD_MEETING);
        complete(TASK_RECORD_MEETING, Map.of());
        complete(TASK_ITEMIZE, Map.of(VAR_NEXT, Next.ANOTHER.name()));
        complete(TASK_ITEMIZE, Map.of(VAR_NEXT, Next.ANOTHER.name()));
        complete(TASK_ITEMIZE, Map.of(VAR_NEXT, Next.TRANSFER.name()));
        assertThatProcess(instance).isWaitingAt(TASK_FOLLOW_UP);

        // The last department's answer closes the follow-up: the bridge correlates the message.
        engine.getRuntimeService()
                .createMessageCorrelation(MSG_ALL_ANSWERED)
                .processInstanceBusinessKey(TOPIC)
                .correlate();
        assertThatProcess(instance).hasPassed(EVENT_ALL_ANSWERED).isWaitingAt(TASK_RECORD_RESULT);
        assertThat(tasks(TASK_FOLLOW_UP)).isEmpty();

        complete(TASK_RECORD_RESULT, Map.of());
        assertThatProcess(instance).hasPassed(END_CONCLUDED).isEnded();
        assertThat(commands.sent()).isEmpty();
    }

    @Test
    void aRefusedTopicEndsAtApproval() {
        ProcessInstance instance = start(TopicKind.THEMATIC);

        complete(TASK_APPROVE, Map.of(VAR_APPROVAL, Approval.REFUSE.name()));

        assertThatProcess(instance).hasPassed(END_REFUSED).isEnded();
    }

    @Test
    void anOnlineTopicTakesOpinionsUntilItsClosingTimerAndOnlyThenRecordsTheMeeting() {
        ProcessInstance instance = start(TopicKind.ONLINE);
        complete(TASK_APPROVE, Map.of(VAR_APPROVAL, Approval.APPROVE.name()));
        complete(TASK_PREPARE, Map.of(VAR_PREPARATION, Preparation.DONE.name()));
        Instant closesAt = LocalDate.of(2026, 6, 15)
                .atTime(23, 59, 59)
                .atZone(ProcessEngineFixture.ZONE)
                .toInstant();

        complete(TASK_SCHEDULE_MEETING, scheduled(closesAt));

        assertThatProcess(instance).isWaitingAt(TIMER_ONLINE_CLOSES);
        Job timer = timer();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(closesAt));
        assertThat(tasks(TASK_RECORD_MEETING)).isEmpty();

        engine.getManagementService().executeJob(timer.getId());

        assertThat(commands.sent(CloseOnlineParticipation.class))
                .containsExactly(new CloseOnlineParticipation(new TopicId(TOPIC), ActorRef.system()));
        assertThatProcess(instance).hasPassed(SERVICE_CLOSE_ONLINE).isWaitingAt(TASK_RECORD_MEETING);
    }

    @Test
    void theOfficeClosesTheFollowUpWithSuggestionsOpenAndRecordsTheResult() {
        ProcessInstance instance = start(TopicKind.THEMATIC);
        complete(TASK_APPROVE, Map.of(VAR_APPROVAL, Approval.APPROVE.name()));
        complete(TASK_PREPARE, Map.of(VAR_PREPARATION, Preparation.DONE.name()));
        complete(TASK_SCHEDULE_MEETING, scheduled(null));
        complete(TASK_RECORD_MEETING, Map.of());
        complete(TASK_ITEMIZE, Map.of(VAR_NEXT, Next.TRANSFER.name()));

        complete(TASK_FOLLOW_UP, Map.of());

        assertThatProcess(instance).isWaitingAt(TASK_RECORD_RESULT);
        complete(TASK_RECORD_RESULT, Map.of());
        assertThatProcess(instance).isEnded();
    }

    /** The schedule task type's variables, read off the event its command caused, as a completion hands them on. */
    private Map<String, Object> scheduled(Instant onlineClosesAt) {
        var type = tasks.taskTypes().stream()
                .filter(t -> t.key().equals(TASK_SCHEDULE_MEETING))
                .findFirst()
                .orElseThrow();
        Map<String, Object> form = new HashMap<>();
        form.put("meetingOn", LocalDate.of(2026, 6, 20));
        form.put("place", "布吉街道办");
        if (onlineClosesAt != null) {
            form.put("onlineClosesOn", LocalDate.of(2026, 6, 15));
        }
        var completion = type.command().toCommand(new TaskContext("t", TOPIC, Map.of(), STAFF), new FormValues(form));
        var command = (org.tongxin.engine.consultation.ScheduleMeeting)
                completion.commands().get(0);
        assertThat(command.onlineClosesAt()).isEqualTo(onlineClosesAt);
        return completion.variablesAfter(List.of(new MeetingScheduled(
                new TopicId(TOPIC),
                command.meetingOn(),
                command.place(),
                Participants.none(),
                command.onlineClosesAt(),
                STAFF,
                NOW)));
    }

    private ProcessInstance start(TopicKind kind) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(KEY, TOPIC, Map.of(VAR_TOPIC_ID, TOPIC, VAR_KIND, kind.name()));
    }

    private Job timer() {
        return engine.getManagementService()
                .createJobQuery()
                .activityId(TIMER_ONLINE_CLOSES)
                .singleResult();
    }

    private List<Task> tasks(String key) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).list();
    }

    private Task task(String key) {
        List<Task> open = tasks(key);
        assertThat(open).as(key).hasSize(1);
        return open.get(0);
    }

    private void complete(String key, Map<String, Object> variables) {
        engine.getTaskService().complete(task(key).getId(), variables);
    }

    private List<String> groups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId())
                .toList();
    }
}
