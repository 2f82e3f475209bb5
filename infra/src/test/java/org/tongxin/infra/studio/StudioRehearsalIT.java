package org.tongxin.infra.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.studio.ThrowAwaySchema;

/**
 * Rehearsing a draft of the clue triage over the clue that closed last, on the real engine and PostgreSQL: the
 * deployed diagram as it is keeps the case's path; a draft that ends after the adoption has the case go differently
 * at the drafting step; the page says so in words with the case's title; the rehearsal is audited and its
 * throw-away schema is gone afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class StudioRehearsalIT {

    /** How many recent closed cases a rehearsal in these tests replays. */
    private static final int RECENT = 5;

    private static final String TRIAGE = "clue-triage";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Scenario scenario;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RehearsalSchemas schemas;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void theLastClosedClueKeepsItsPathOnTheSameDiagramAndGoesDifferentlyWhereADraftEndsEarly() throws Exception {
        String clue = scenario.submitClue("地铁出口共享单车试运行线索");
        scenario.proposalFromClue(clue, null);
        String deployed = body(mvc.perform(
                        get("/api/processes/" + TRIAGE + "/versions/latest/xml").with(httpBasic("designer", "demo")))
                .andReturn());

        // the context is shared with other tests, whose cases may have closed in the same instant: take a few recent
        // cases and read this one's row
        JsonNode same = rehearse(createDraft(deployed), RECENT);

        assertThat(same.get("samePath").asInt()).isPositive();
        JsonNode row = rowOf(same, clue);
        assertThat(row.get("caseTitle").asText()).contains("地铁出口共享单车试运行线索");
        assertThat(row.get("verdict").asText()).isEqualTo("SAME_PATH");
        assertThat(row.get("stepsReplayed").asInt()).isEqualTo(3);

        String endsAfterAdoption = deployed.replace(
                "sourceRef=\"Task_AdoptClue\" targetRef=\"Task_DraftProposal\"",
                "sourceRef=\"Task_AdoptClue\" targetRef=\"EndEvent_ProposalDrafted\"");
        assertThat(endsAfterAdoption).isNotEqualTo(deployed);
        long draft = createDraft(endsAfterAdoption);

        JsonNode different = rowOf(rehearse(draft, RECENT), clue);

        assertThat(different.get("verdict").asText()).isEqualTo("WENT_DIFFERENTLY");
        assertThat(different.get("reason").asText()).isEqualTo("ENDED_EARLY");
        assertThat(different.get("atStep").asText()).isEqualTo("起草提案 / Draft proposal");

        String page = new String(
                mvc.perform(post("/studio/" + TRIAGE + "/drafts/" + draft + "/rehearse")
                                .param("cases", String.valueOf(RECENT))
                                .with(user(accounts.loadUserByUsername("designer")))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(page)
                .contains("地铁出口共享单车试运行线索")
                .contains("走了不同的路")
                .contains("草稿在“起草提案”这一步之前就已经结束。")
                .doesNotContain(clue);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(body(mvc.perform(
                                get("/api/audit").param("aggregateId", TRIAGE).with(httpBasic("admin", "demo")))
                        .andReturn()))
                .contains("DraftRehearsed"));
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'rehearsal_%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRehearsalSchemaLeftBehindByADeadJvmIsDroppedAtStartWhileARunningRehearsalsIsKept() {
        // what a JVM that died mid-rehearsal leaves: the schema with the rehearsal engine's tables, and no session
        String dead = RehearsalSchemas.PREFIX + "deadbeef00c0ffee";
        jdbc.sql("CREATE SCHEMA " + dead).update();
        jdbc.sql("CREATE TABLE " + dead + ".act_ru_task (id_ VARCHAR(64))").update();
        try (ThrowAwaySchema running = schemas.get()) {
            List<String> dropped = schemas.dropStale();

            assertThat(dropped).contains(dead).doesNotContain(running.name());
            assertThat(schemaNames()).doesNotContain(dead).contains(running.name());
        }
        assertThat(schemaNames()).as("a rehearsal that ends drops its own").isEmpty();
    }

    private List<String> schemaNames() {
        return jdbc.sql("SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'rehearsal\\_%'")
                .query(String.class)
                .list();
    }

    @Test
    void aRehearsalOfNoCaseOrTooManyIsRefusedNamingTheField() throws Exception {
        long draft = createDraft(body(mvc.perform(
                        get("/api/processes/" + TRIAGE + "/versions/latest/xml").with(httpBasic("designer", "demo")))
                .andReturn()));
        for (String cases : new String[] {"0", "201"}) {
            MvcResult refused = mvc.perform(post("/api/processes/" + TRIAGE + "/drafts/" + draft + "/rehearse")
                            .param("cases", cases)
                            .with(httpBasic("designer", "demo")))
                    .andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(400);
            assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(refused)).contains("cases");
        }
    }

    @Test
    void aBrandNewProcessStartsAsOneStartEventIsCheckedUnderTheContractAndDeploysAsItsFirstVersion() throws Exception {
        String key = "hearing-" + Long.toString(System.nanoTime(), 36).replaceAll("[^a-z0-9]", "");
        MvcResult created = mvc.perform(post("/api/processes/new")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("key", key, "name", "听证 / Hearing"))))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        long draft = json.readTree(body(created)).get("id").asLong();
        String xml = body(mvc.perform(get("/api/processes/" + key + "/drafts/" + draft + "/xml")
                        .with(httpBasic("designer", "demo")))
                .andReturn());
        assertThat(xml).contains("Start_Process");

        MvcResult taken = mvc.perform(post("/api/processes/new")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("key", TRIAGE, "name", "重名"))))
                .andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(taken)).contains("\"key\"");

        String unknownTask = xml.replaceFirst(
                "(<startEvent id=\"Start_Process\" name=\"[^\"]*\"/?>)",
                "$1<userTask id=\"Task_Hear\" name=\"听取意见 / Hear\" camunda:candidateGroups=\"STAFF\"/>");
        long broken = json.readTree(body(mvc.perform(post("/api/processes/" + key + "/drafts")
                                .with(httpBasic("designer", "demo"))
                                .contentType(MediaType.APPLICATION_XML)
                                .content(unknownTask))
                        .andReturn()))
                .get("id")
                .asLong();
        MvcResult refused = mvc.perform(post("/api/processes/" + key + "/drafts/" + broken + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(json.readTree(body(refused)).get("elementIds").toString()).contains("Task_Hear");

        JsonNode rehearsal = rehearseOf(key, draft);
        assertThat(rehearsal.get("cases")).isEmpty();

        MvcResult deployed = mvc.perform(post("/api/processes/" + key + "/drafts/" + draft + "/deploy")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(deployed.getResponse().getStatus()).as(body(deployed)).isEqualTo(201);
        assertThat(json.readTree(body(deployed)).get("version").asInt()).isEqualTo(1);
        JsonNode versions = json.readTree(
                body(mvc.perform(get("/api/processes/" + key + "/versions").with(httpBasic("designer", "demo")))
                        .andReturn()));
        assertThat(versions.get(0).get("deployedBy").asText()).isEqualTo("designer");
    }

    private JsonNode rehearseOf(String key, long draft) throws Exception {
        MvcResult result = mvc.perform(post("/api/processes/" + key + "/drafts/" + draft + "/rehearse")
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
        return json.readTree(body(result));
    }

    private long createDraft(String xml) throws Exception {
        MvcResult created = mvc.perform(post("/api/processes/" + TRIAGE + "/drafts")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(xml))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(body(created)).isEqualTo(201);
        return json.readTree(body(created)).get("id").asLong();
    }

    /** The row of one case in a rehearsal's report. */
    private static JsonNode rowOf(JsonNode report, String caseKey) {
        for (JsonNode row : report.get("cases")) {
            if (caseKey.equals(row.get("caseKey").asText())) {
                return row;
            }
        }
        throw new AssertionError("the rehearsal did not replay " + caseKey + ": " + report);
    }

    private JsonNode rehearse(long draft, int cases) throws Exception {
        MvcResult result = mvc.perform(post("/api/processes/" + TRIAGE + "/drafts/" + draft + "/rehearse")
                        .param("cases", String.valueOf(cases))
                        .with(httpBasic("designer", "demo")))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(200);
        return json.readTree(body(result));
    }

    private static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
