package org.tongxin.infra.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.calendar.LiveCalendar;
import org.tongxin.engine.calendar.WorkingDayCalendar;

/**
 * Once a day ({@code tongxin.notifications.due-soon-cron}, 07:30 in the committee's zone) tells the assignee of every
 * open task — or, while nobody claimed it, the members of its groups — that it falls due within the number of working
 * days each of them chose (three by default). Each person hears it once per task and threshold: the notification's
 * cause is {@code task-due:<task>:<days>}, unique per recipient, so a second node or a second run the same day
 * writes nothing, and a person who later chooses more days hears it once more at the new threshold. The chat robots
 * of an unclaimed task's groups hear it too, once per task, when it falls due within the default number of days.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskDueReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskDueReminders.class);

    private final JdbcClient jdbc;
    private final NotificationOutbox outbox;
    private final Preferences preferences;
    private final Audience audience;
    private final LiveCalendar calendars;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    TaskDueReminders(
            JdbcClient jdbc,
            NotificationOutbox outbox,
            Preferences preferences,
            Audience audience,
            LiveCalendar calendars,
            TransactionTemplate transaction,
            Clock clock,
            ZoneId committeeZone) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.preferences = preferences;
        this.audience = audience;
        this.calendars = calendars;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = committeeZone;
    }

    @Scheduled(cron = "${tongxin.notifications.due-soon-cron:0 30 7 * * *}", zone = "${tongxin.zone:Asia/Shanghai}")
    void daily() {
        int told = remindAt(clock.instant());
        if (told > 0) {
            log.info("Told {} people of tasks falling due", told);
        }
    }

    /** One open task with a due date; {@code groups} are its candidate groups. */
    record DueTask(
            String taskId, String taskKey, String businessKey, String assignee, Set<String> groups, Instant due) {}

    /** Checks every open task due after {@code now} as of that instant; the number of notifications raised. */
    int remindAt(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        // the calendar as kept today, holidays saved since the last run included
        WorkingDayCalendar calendar = calendars.get();
        // no one may choose more than the maximum, so nothing due later can concern anyone today
        LocalDate horizon = calendar.addWorkingDays(today, Preferences.Preference.DUE_SOON_MAX);
        List<DueTask> tasks = jdbc.sql(
                        """
                        SELECT task_id, task_key, business_key, assignee, candidate_groups, due_at FROM task_inbox
                         WHERE due_at > :now AND due_at < :horizon
                         ORDER BY due_at, task_id
                        """)
                .param("now", Timestamp.from(now))
                .param(
                        "horizon",
                        Timestamp.from(horizon.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, i) -> new DueTask(
                        rs.getString("task_id"),
                        rs.getString("task_key"),
                        rs.getString("business_key"),
                        rs.getString("assignee"),
                        Set.of((String[]) rs.getArray("candidate_groups").getArray()),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
        Map<String, Integer> chosen = new HashMap<>();
        int raised = 0;
        for (DueTask task : tasks) {
            LocalDate due = task.due().atZone(zone).toLocalDate();
            Set<String> recipients =
                    task.assignee() != null ? Set.of(task.assignee()) : audience.members(task.groups());
            for (String recipient : recipients.stream().sorted().toList()) {
                int days =
                        chosen.computeIfAbsent(recipient, r -> preferences.of(r).dueSoonDays());
                if (!dueWithin(today, due, days, calendar)) {
                    continue;
                }
                transaction.executeWithoutResult(status -> outbox.raise(new Notice(
                        NotificationKind.TASK_DUE,
                        task.businessKey() == null ? task.taskId() : task.businessKey(),
                        detail(task.taskKey(), due),
                        "/tasks/" + task.taskId(),
                        "task-due:" + task.taskId() + ":" + days,
                        Set.of(recipient),
                        Set.of())));
                raised++;
            }
            // the chat robots of its groups hear it once, at the default threshold (a robot chooses nothing): a
            // department's group chat is where a task nobody is answering for yet gets noticed
            if (task.assignee() == null
                    && !task.groups().isEmpty()
                    && dueWithin(today, due, Preferences.Preference.DUE_SOON_DAYS, calendar)) {
                transaction.executeWithoutResult(status -> outbox.raise(new Notice(
                        NotificationKind.TASK_DUE,
                        task.businessKey() == null ? task.taskId() : task.businessKey(),
                        detail(task.taskKey(), due),
                        "/tasks/" + task.taskId(),
                        "task-due:" + task.taskId() + ":robots",
                        Set.of(),
                        task.groups())));
            }
        }
        return raised;
    }

    /** Whether a task due on {@code due} falls due within {@code days} working days of {@code today}. */
    static boolean dueWithin(LocalDate today, LocalDate due, int days, WorkingDayCalendar calendar) {
        return !due.isBefore(today) && !due.isAfter(calendar.addWorkingDays(today, days));
    }

    /** A task due soon names the task and its due date: {@code <task key>@<yyyy-mm-dd>}. */
    static String detail(String taskKey, LocalDate due) {
        return taskKey + "@" + due;
    }

    static String[] parts(String detail) {
        int at = detail == null ? -1 : detail.lastIndexOf('@');
        return at < 0 ? new String[] {detail, ""} : new String[] {detail.substring(0, at), detail.substring(at + 1)};
    }
}
