package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.bench.Statements;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.projections.caselabel.ListCaseLabels;
import org.tongxin.projections.support.CappedCount;

/**
 * A list whose filter matches more rows than it counts says so in words ("共 1万+ 条记录") and still pages on; below
 * the cap it keeps its exact numbers. The rows are written straight into the read models, as a replay would leave
 * them, in a database of this test's own: more than ten thousand of them would blur every other test's counts.
 */
@SpringBootTest(properties = "tongxin.test.context=wide-lists")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class WideListsIT {

    @TestConfiguration
    static class Counted {

        @Bean
        static BeanPostProcessor countedDataSource() {
            return Statements.wrapping();
        }
    }

    private static final int MORE_THAN_COUNTED = CappedCount.CAP + 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    QueryBus queryBus;

    @Test
    void theAuditLogPastTheCapSaysTenThousandPlusAndPagesOn() throws Exception {
        jdbc.sql(
                        """
                        INSERT INTO audit_entry (event_id, global_index, occurred_at, actor_id, actor_role, department,
                                                 aggregate_type, aggregate_id, sequence_number, event_type, summary)
                        SELECT 'wide-' || i, 1000000 + i, now(), 'staff', 'STAFF', NULL, 'Clue', 'wide-clue-' || i, 0,
                               'ClueRegistered', '{"key": null, "args": [], "text": "宽查询"}'
                          FROM generate_series(1, :n) i
                        """)
                .param("n", MORE_THAN_COUNTED)
                .update();

        String zh = page("/audit", "supervisor");
        assertThat(zh).contains("共 1万+ 条记录").contains("第 1 页").contains("下一页").doesNotContain("共 201 页");
        assertThat(page("/audit?lang=en", "supervisor")).contains("10,000+ entries");
        // the last counted page still offers the next one: the rows go on past the count
        assertThat(page("/audit?page=199", "supervisor")).contains("第 200 页").contains("下一页");

        JsonNode api = json.readTree(page("/api/audit?size=1", "supervisor"));
        assertThat(api.get("total").asLong()).isEqualTo(CappedCount.CAP);
        assertThat(api.get("totalCapped").asBoolean()).isTrue();

        // a narrow filter is counted exactly
        String one = page("/audit?aggregateId=wide-clue-7", "supervisor");
        assertThat(one).contains("共 1 条记录").doesNotContain("1万+");
    }

    @Test
    void theCluePoolPastTheCapNamesItsFacetsWithoutCountsAndCountsANarrowFilterExactly() throws Exception {
        jdbc.sql(
                        """
                        INSERT INTO clue_view (clue_id, tracking_code, title, content, source, district, street,
                                               status, registered_at, version)
                        SELECT 'wide-' || i, 'TX-W' || lpad(i::text, 8, '0'), '宽查询线索' || i, '内容', 'CITIZEN_IDEA',
                               CASE WHEN i <= 3 THEN '坪山区' ELSE '龙岗区' END, '龙城街道', 'REGISTERED',
                               now() - make_interval(secs => i), 0
                          FROM generate_series(1, :n) i
                        """)
                .param("n", MORE_THAN_COUNTED)
                .update();

        String wide = page("/clues", "staff");
        assertThat(wide)
                .contains("共 1万+ 条线索")
                .contains("筛选结果较多，下列选项不显示条数")
                .contains("龙岗区")
                .contains("第 1 页")
                .doesNotContain("共 501 页");
        assertThat(wide).doesNotContainPattern("class=\"count\">\\d");
        assertThat(page("/clues?lang=en", "staff")).contains("10,000+ clues");

        JsonNode api = json.readTree(page("/api/clues?size=1", "staff"));
        assertThat(api.get("total").asLong()).isEqualTo(CappedCount.CAP);
        assertThat(api.get("totalCapped").asBoolean()).isTrue();

        String narrow = page("/clues?district=坪山区", "staff");
        assertThat(narrow).contains("共 3 条线索").doesNotContain("1万+").containsPattern("class=\"count\">3<");

        // the wide filter's facets were found out once and are kept a while (their answer stays "1万+", no counts);
        // the narrow filter is counted on every view
        Statements.Recorded again = Statements.record(() -> page("/clues", "staff"));
        assertThat(again.statements()).noneMatch(s -> s.contains("GROUPING SETS"));
        assertThat(page("/clues", "staff")).contains("共 1万+ 条线索").contains("龙岗区");
        Statements.Recorded narrowAgain = Statements.record(() -> page("/clues?district=坪山区", "staff"));
        assertThat(narrowAgain.statements())
                .filteredOn(s -> s.contains("GROUPING SETS"))
                .hasSize(1);
    }

    @Test
    void theInboxLooksUpTheCasesOfItsRowsOnceNotOncePerRow() throws Exception {
        registeredClues("inbox-", "TX-I", "待办线索", 150);
        jdbc.sql(
                        """
                        INSERT INTO task_inbox (task_id, task_key, name, process_key, process_instance_id,
                                                business_key, assignee, candidate_groups, created_at, due_at)
                        SELECT 'inbox-task-' || i, 'Task_ClassifyClue', '分类整理 / Classify clue', 'clue-triage',
                               'inbox-pi-' || i, 'inbox-' || i, NULL, ARRAY['STAFF'], now(),
                               timestamptz '2030-01-01' + make_interval(secs => i)
                          FROM generate_series(1, 150) i
                        """)
                .update();
        page("/inbox", "staff");
        AtomicInteger lookups = new AtomicInteger();
        String inbox = countingLabelLookups(labels -> true, lookups, () -> page("/inbox", "staff"));

        assertThat(inbox).contains("TX-I00000001 · 待办线索1").contains("TX-I00000100 · 待办线索100");
        // one lookup for the hundred rows' cases, where each row asked alone
        assertThat(lookups.get()).isEqualTo(1);
    }

    @Test
    void theAuditPageNamesTheCasesOfItsPersonalDataReadsInOneLookup() throws Exception {
        registeredClues("read-", "TX-P", "查阅线索", 20);
        jdbc.sql(
                        """
                        INSERT INTO personal_data_read (read_at, reader, reader_role, subject_id, purpose)
                        SELECT now() + make_interval(days => 1, secs => i), 'staff', 'STAFF', 'read-' || i, 'CLUE_LIST'
                          FROM generate_series(1, 20) i
                        """)
                .update();
        AtomicInteger lookups = new AtomicInteger();
        String audit = countingLabelLookups(
                labels -> labels.ids().stream().anyMatch(id -> id.startsWith("read-")),
                lookups,
                () -> page("/audit", "supervisor"));

        assertThat(audit).contains("TX-P00000001 · 查阅线索1").contains("TX-P00000020 · 查阅线索20");
        // one lookup for the twenty reads' cases, where each read asked alone
        assertThat(lookups.get()).isEqualTo(1);
    }

    /** {@code count} registered clues in the pool: ids, tracking codes and titles numbered from 1 after the prefixes. */
    private void registeredClues(String idPrefix, String codePrefix, String titlePrefix, int count) {
        jdbc.sql(
                        """
                        INSERT INTO clue_view (clue_id, tracking_code, title, content, source, status, registered_at,
                                               version)
                        SELECT :id || i, :code || lpad(i::text, 8, '0'), :title || i, '内容', 'CITIZEN_IDEA',
                               'REGISTERED', now(), 0
                          FROM generate_series(1, :count) i
                        """)
                .param("id", idPrefix)
                .param("code", codePrefix)
                .param("title", titlePrefix)
                .param("count", count)
                .update();
    }

    /** The page {@code render} answers, counting into {@code lookups} the case-label queries that {@code which} picks. */
    private String countingLabelLookups(Predicate<ListCaseLabels> which, AtomicInteger lookups, Callable<String> render)
            throws Exception {
        Registration counting = queryBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof ListCaseLabels labels && which.test(labels)) {
                lookups.incrementAndGet();
            }
            return chain.proceed();
        });
        try {
            return render.call();
        } finally {
            counting.cancel();
        }
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
