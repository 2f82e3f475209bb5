package org.tongxin.processes.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongxin.processes.report.OpinionReportProcess.*;
import static org.tongxin.processes.testing.ProcessEngineFixture.assertThatProcess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
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
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.ReportPolicy;
import org.tongxin.engine.report.RemindReportReview;
import org.tongxin.engine.report.ReportReview;
import org.tongxin.processes.testing.ProcessEngineFixture;
import org.tongxin.processes.testing.RecordingCommands;

/**
 * {@code opinion-report} on a real engine: the office's review within its window (reminded before it is due), each
 * way out of it, and a return for revision that comes back to the same review.
 */
@Deployment(resources = RESOURCE)
class OpinionReportProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineFixture.extension();

    private static final String REPORT = "report-1";
    /** A Monday. */
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 6, 1);

    private final RecordingCommands commands = new RecordingCommands();
    private final ReviewWindow window = new ReviewWindow(ReportPolicy.defaults(), WorkingDayCalendar.loadDefault());
    private ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ProcessEngineFixture.register(Map.of("remindReportReview", new ReportDelegates().remindReportReview(commands)));
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-01T02:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOfficeReviewsBy5WorkingDaysAfterSubmission() {
        ProcessInstance instance = start();

        assertThatProcess(instance).isWaitingAt(TASK_REVIEW);
        assertThat(task(TASK_REVIEW).getDueDate())
                .isEqualTo(ProcessEngineFixture.deadlines().endOf("2026-06-08"));
    }

    @Test
    void theReviewerIsRemindedTheWorkingDayBefore() {
        ProcessInstance instance = start();
        Job reminder = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(TIMER_REVIEW_REMINDER)
                .singleResult();
        assertThat(reminder.getDuedate())
                .isEqualTo(ProcessEngineFixture.deadlines().morningOf("2026-06-05"));

        engine.getManagementService().executeJob(reminder.getId());

        assertThat(commands.sent())
                .containsExactly(new RemindReportReview(
                        new org.tongxin.engine.report.ReportId(REPORT),
                        LocalDate.parse("2026-06-08"),
                        org.tongxin.engine.shared.ActorRef.system()));
        assertThatProcess(instance).isWaitingAt(TASK_REVIEW);
    }

    @Test
    void anAdoptedReportEndsItsReview() {
        ProcessInstance instance = start();
        review(ReportReview.ADOPT);
        assertThatProcess(instance).hasPassed(END_ADOPTED).isEnded();
    }

    @Test
    void aDeclinedReportEndsItsReview() {
        ProcessInstance instance = start();
        review(ReportReview.DECLINE);
        assertThatProcess(instance).hasPassed(END_DECLINED).isEnded();
    }

    @Test
    void aForwardedReportEndsItsReview() {
        ProcessInstance instance = start();
        review(ReportReview.FORWARD);
        assertThatProcess(instance).hasPassed(END_FORWARDED).isEnded();
    }

    @Test
    void aReturnedReportGoesToItsAuthorAndComesBackToReviewWithANewWindow() {
        ProcessInstance instance = start();
        review(ReportReview.RETURN);

        Task revise = task(TASK_REVISE);
        assertThat(revise.getAssignee()).isEqualTo("member");
        engine.getTaskService().complete(revise.getId(), window.variables(LocalDate.of(2026, 6, 10)));

        assertThatProcess(instance).isWaitingAt(TASK_REVIEW);
        assertThat(task(TASK_REVIEW).getDueDate())
                .isEqualTo(ProcessEngineFixture.deadlines().endOf("2026-06-17"));
        review(ReportReview.ADOPT);
        assertThatProcess(instance).hasPassed(TASK_REVISE, END_ADOPTED).isEnded();
    }

    private ProcessInstance start() {
        Map<String, Object> variables = new java.util.HashMap<>(window.variables(SUBMITTED_ON));
        variables.put(VAR_REPORT_ID, REPORT);
        variables.put(VAR_AUTHOR, "member");
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, REPORT, variables);
    }

    private void review(ReportReview decision) {
        engine.getTaskService().complete(task(TASK_REVIEW).getId(), Map.of(VAR_REVIEW, decision.name()));
    }

    private Task task(String key) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(REPORT)
                .taskDefinitionKey(key)
                .singleResult();
    }
}
