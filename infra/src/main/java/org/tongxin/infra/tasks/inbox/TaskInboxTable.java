package org.tongxin.infra.tasks.inbox;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.processes.task.TaskActor;
import org.tongxin.processes.task.TaskFilter;
import org.tongxin.processes.task.TaskInbox;

/**
 * Keeps {@code task_inbox} in step with the engine: a task listener on every user task of every deployed process
 * writes the row when the task is created, assigned or updated and removes it when the task completes or is
 * deleted — in the engine's transaction, so the inbox never shows a task that does not exist. Lists read the table.
 */
@Component
class TaskInboxTable implements TaskInbox, ProcessEnginePlugin {

    private static final List<String> WRITE_EVENTS =
            List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE);
    private static final List<String> REMOVE_EVENTS =
            List.of(TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final JdbcClient jdbc;

    TaskInboxTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                WRITE_EVENTS.forEach(event -> definition.addTaskListener(event, TaskInboxTable.this::write));
                REMOVE_EVENTS.forEach(event -> definition.addTaskListener(event, TaskInboxTable.this::remove));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {}

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {}

    private void write(DelegateTask task) {
        String[] groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .sorted()
                .toArray(String[]::new);
        String definition = task.getProcessDefinitionId();
        jdbc.sql(
                        """
                        INSERT INTO task_inbox (task_id, task_key, name, process_key, process_instance_id,
                                                business_key, assignee, candidate_groups, created_at, due_at)
                        VALUES (:id, :key, :name, :process, :instance, :business, :assignee, :groups, :created, :due)
                        ON CONFLICT (task_id) DO UPDATE
                           SET name = EXCLUDED.name, assignee = EXCLUDED.assignee,
                               candidate_groups = EXCLUDED.candidate_groups, due_at = EXCLUDED.due_at
                        """)
                .param("id", task.getId())
                .param("key", task.getTaskDefinitionKey())
                .param("name", task.getName())
                .param("process", definition.substring(0, definition.indexOf(':')))
                .param("instance", task.getProcessInstanceId())
                .param("business", task.getExecution().getProcessBusinessKey())
                .param("assignee", task.getAssignee())
                .param("groups", groups)
                .param(
                        "created",
                        timestamp(
                                task.getCreateTime() == null
                                        ? null
                                        : task.getCreateTime().toInstant()))
                .param(
                        "due",
                        timestamp(
                                task.getDueDate() == null
                                        ? null
                                        : task.getDueDate().toInstant()))
                .update();
    }

    private void remove(DelegateTask task) {
        jdbc.sql("DELETE FROM task_inbox WHERE task_id = :id")
                .param("id", task.getId())
                .update();
    }

    @Override
    public List<Entry> list(TaskActor actor, TaskFilter filter, Instant now, int firstResult, int maxResults) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("me", actor.userId())
                .addValue("groups", actor.groups().toArray(String[]::new))
                .addValue("limit", maxResults)
                .addValue("offset", firstResult);
        StringBuilder where = new StringBuilder(
                switch (filter.scope()) {
                    case MINE -> "assignee = :me";
                    case GROUPS -> "assignee IS NULL AND candidate_groups && CAST(:groups AS text[])";
                    case ALL -> "(assignee = :me OR candidate_groups && CAST(:groups AS text[]))";
                });
        if (filter.dueBefore() != null) {
            where.append(" AND due_at < :dueBefore");
            p.addValue("dueBefore", Timestamp.from(filter.dueBefore()));
        }
        if (filter.overdue()) {
            where.append(" AND due_at < :now");
            p.addValue("now", Timestamp.from(now));
        }
        if (filter.processKey() != null) {
            where.append(" AND process_key = :process");
            p.addValue("process", filter.processKey());
        }
        if (filter.businessKey() != null) {
            where.append(" AND business_key = :business");
            p.addValue("business", filter.businessKey());
        }
        if (filter.caseIds() != null) {
            // a handling's key starts with its proposal's id: <proposal>/<department>/<round>
            where.append(" AND (business_key = ANY(CAST(:cases AS text[]))"
                    + " OR split_part(business_key, '/', 1) = ANY(CAST(:cases AS text[])))");
            p.addValue("cases", filter.caseIds().toArray(String[]::new));
        }
        return jdbc.sql("SELECT * FROM task_inbox WHERE " + where
                        + " ORDER BY due_at ASC NULLS LAST, created_at ASC, task_id LIMIT :limit OFFSET :offset")
                .paramSource(p)
                .query(TaskInboxTable::entry)
                .list();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        Array groups = rs.getArray("candidate_groups");
        return new Entry(
                rs.getString("task_id"),
                rs.getString("task_key"),
                rs.getString("name"),
                rs.getString("process_key"),
                rs.getString("business_key"),
                rs.getString("assignee"),
                groups == null ? List.of() : Arrays.asList((String[]) groups.getArray()),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("due_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
