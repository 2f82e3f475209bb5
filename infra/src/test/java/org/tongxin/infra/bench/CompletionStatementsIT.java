package org.tongxin.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.task.UserTasks;

/**
 * How many SQL statements each step of a proposal's life sends to the database, counted on the calling thread (the
 * task completion with its command, events, process bridge and process step, all in one transaction). The numbers
 * are the ones ADR 38 and ADR 42 arrived at, and a step sets at most one savepoint; a change that adds round trips to a completion fails here with the statements
 * listed.
 */
@SpringBootTest
@ActiveProfiles("test")
class CompletionStatementsIT {

    @TestConfiguration
    static class Counted {

        @Bean
        static BeanPostProcessor countedDataSource() {
            return Statements.wrapping();
        }
    }

    @Autowired
    ClueIntake intake;

    @Autowired
    UserTasks userTasks;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Test
    void eachStepOfALifecycleSendsNoMoreStatementsThanItNeeds() throws Exception {
        Lifecycle lifecycle = new Lifecycle(intake, userTasks, accounts, taskService, historyService);
        // the first lifecycle fills the caches (process definitions, users) that every later one finds filled
        lifecycle.run(Lifecycle.newSteps());
        Map<String, Statements.Recorded> sent = new LinkedHashMap<>();
        lifecycle.run(new Lifecycle.Steps() {
            @Override
            public <T> T run(String step, Latencies.Timed<T> call) throws Exception {
                Object[] result = new Object[1];
                sent.put(step, Statements.record(() -> result[0] = call.run()));
                @SuppressWarnings("unchecked")
                T value = (T) result[0];
                return value;
            }
        });
        StringBuilder all = new StringBuilder();
        sent.forEach((step, recorded) -> all.append(String.format(
                "%n== %s: %d statements, %d savepoint calls%n%s",
                step, recorded.count(), recorded.savepoints().size(), recorded.byText())));
        System.out.println("[statements]" + all);

        assertThat(sent.keySet()).containsExactlyElementsOf(Lifecycle.STEPS);
        // measured after ADR 42 (after ADR 38: 18, 40, 35, 65, 37, 57, 43, 30, 43, 85, 57, 96; before it: 18, 46, 41,
        // 74, 43, 65, 50, 36, 50, 97, 64, 116)
        Map<String, Integer> atMost = new LinkedHashMap<>();
        atMost.put("intake", 17);
        atMost.put("classify", 37);
        atMost.put("adopt", 33);
        atMost.put("draft", 64);
        atMost.put("file", 36);
        atMost.put("assign lead + co-handler", 54);
        atMost.put("receive (lead)", 42);
        atMost.put("contact proposer (lead)", 30);
        atMost.put("receive (co-handler)", 42);
        atMost.put("opinion (co-handler)", 84);
        atMost.put("reply (lead)", 54);
        atMost.put("evaluate → close → feedback", 96);
        atMost.forEach((step, limit) -> assertThat(sent.get(step).count())
                .as("statements of %s:%n%s", step, sent.get(step).byText())
                .isLessThanOrEqualTo(limit));
        sent.forEach((step, recorded) -> {
            // the notices a step raises are written together in one savepoint (set and released), not one each
            assertThat(recorded.savepoints()).as("savepoints of %s", step).hasSizeLessThanOrEqualTo(2);
            // no aggregate is snapshotted: the empty snapshot table is never asked
            assertThat(recorded.statements())
                    .as("statements of %s", step)
                    .noneMatch(sql -> sql.contains("snapshot_event_entry"));
            // a completion finds its task once before completing it (the engine's own completion reads it again)
            if (!step.equals("intake")) {
                assertThat(recorded.statements().stream()
                                .filter(sql -> sql.startsWith("select distinct RES.REV_, RES.ID_, RES.NAME_"))
                                .count())
                        .as("task queries of %s", step)
                        .isZero();
            }
        });
    }
}
