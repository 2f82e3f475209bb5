package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plans of the read statements whose cost grew with the volume (ADR 41), at a stated row count: the rows are
 * written and analysed inside a transaction that is rolled back, so no other test sees them, and the statement is
 * the one the page sends, under EXPLAIN.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReadPlansIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /**
     * The engine dates a classification by the end of a day, so a day's tasks share one due time: the inbox's page of
     * offered tasks walks the index of its whole order and stops after the page, rather than reading and sorting the
     * day.
     */
    @Test
    void theInboxWalksItsOrderAndStopsAfterThePageWhenADaysTasksShareTheirDueTime() {
        String plan = transactions.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql(
                            """
                            INSERT INTO task_inbox (task_id, task_key, name, process_key, process_instance_id,
                                                    business_key, assignee, candidate_groups, created_at, due_at)
                            SELECT 'plan-' || i, 'Task_ClassifyClue', '分类整理', 'clue-triage', 'plan-pi-' || i,
                                   'plan-' || i, NULL, ARRAY['STAFF'],
                                   timestamptz '2026-01-01' + make_interval(secs => i),
                                   timestamptz '2026-01-02 23:59:59+08'
                              FROM generate_series(1, 20000) i
                            """)
                    .update();
            jdbc.sql("ANALYZE task_inbox").update();
            // TaskInboxTable.list for the groups' offered tasks, first page of the inbox (100 rows)
            return String.join(
                    "\n",
                    jdbc.sql("EXPLAIN SELECT * FROM task_inbox WHERE assignee IS NULL"
                                    + " AND candidate_groups && CAST(:groups AS text[])"
                                    + " ORDER BY due_at ASC NULLS LAST, created_at ASC, task_id LIMIT 100 OFFSET 0")
                            .param("groups", new String[] {"STAFF"})
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("task_inbox_order").doesNotContain("Sort");
    }
}
