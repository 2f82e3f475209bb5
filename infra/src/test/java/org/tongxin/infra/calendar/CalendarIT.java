package org.tongxin.infra.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.engine.calendar.CalendarYear;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.infra.process.EngineClock;
import org.tongxin.infra.process.Scenario;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.deadline.Deadlines;

/**
 * The calendar kept from its page and API on the running application: a saved change moves the deadline the next
 * assignment gets (the aggregate's and the diagram's), without a restart; a year saved by someone else in between
 * is a conflict; wrong days are refused naming the field; every change is in the audit log. The days changed are in
 * September 2027, which no other test's deadline reaches, and are put back at the end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({EngineClock.class, Scenario.class})
class CalendarIT {

    private static final String YEAR = "/api/calendar/2027";
    /** A Friday: the return window runs over the following Monday and Tuesday, which the test makes holidays. */
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2027, 9, 3);

    private static final Set<LocalDate> BRIDGE = Set.of(LocalDate.of(2027, 9, 6), LocalDate.of(2027, 9, 7));

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Scenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    DeadlinePolicy policy;

    @Autowired
    Deadlines deadlines;

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void resetClock() {
        Scenario.reset();
    }

    @Test
    void aSavedHolidayMovesTheNextAssignmentsReturnWindowAndIsAudited() throws Exception {
        JsonNode before = read();
        assertThat(before.get("confirmed").asBoolean())
                .as("2027 ships provisional")
                .isFalse();
        ClockUtil.setCurrentTime(Date.from(ASSIGNED_ON
                .atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant()));
        try {
            Date dueBefore = returnTimerOfANewAssignment();
            WorkingDayCalendar shipped = WorkingDayCalendar.of(year2027(Set.of()));
            assertThat(dueBefore)
                    .isEqualTo(
                            deadlines.dayAfter(shipped.addWorkingDays(ASSIGNED_ON, policy.returnWindowWorkingDays())));

            Map<String, Object> changed = body(before);
            entries(changed, "holidays").add(Map.of("from", "2027-09-06", "to", "2027-09-07", "label", "测试调整"));
            MvcResult saved = save(changed);
            assertThat(saved.getResponse().getStatus()).as(text(saved)).isEqualTo(200);
            assertThat(json.readTree(text(saved)).get("revision").asInt())
                    .isEqualTo(before.get("revision").asInt() + 1);

            Date dueAfter = returnTimerOfANewAssignment();
            WorkingDayCalendar bridged = WorkingDayCalendar.of(year2027(BRIDGE));
            LocalDate expected = bridged.addWorkingDays(ASSIGNED_ON, policy.returnWindowWorkingDays());
            assertThat(dueAfter).isEqualTo(deadlines.dayAfter(expected)).isAfter(dueBefore);
        } finally {
            Scenario.reset();
            MvcResult restored = save(body(before, read().get("revision").asInt()));
            assertThat(restored.getResponse().getStatus()).as(text(restored)).isEqualTo(200);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(text(mvc.perform(get("/api/audit")
                                .param("aggregateId", "calendar-2027")
                                .with(httpBasic("admin", "demo")))
                        .andReturn()))
                .contains("CalendarYearRevised")
                .contains("designer"));
    }

    @Test
    void aSaveOnTopOfAnotherDesignersSaveIsAConflict() throws Exception {
        JsonNode read = json.readTree(text(mvc.perform(get("/api/calendar/2030").with(httpBasic("designer", "demo")))
                .andReturn()));
        Map<String, Object> mine = body(read);
        mine.put("source", "暂定：法定节假日");
        entries(mine, "holidays").add(Map.of("from", "2030-01-01", "label", "元旦"));

        MvcResult first = mvc.perform(put("/api/calendar/2030")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(mine)))
                .andReturn();
        MvcResult second = mvc.perform(put("/api/calendar/2030")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(mine)))
                .andReturn();

        assertThat(first.getResponse().getStatus()).as(text(first)).isEqualTo(200);
        assertThat(second.getResponse().getStatus()).as(text(second)).isEqualTo(409);
        assertThat(json.readTree(text(second)).get("code").asText()).isEqualTo("CALENDAR-REVISE-002");

        MvcResult confirmed = mvc.perform(post("/api/calendar/2030/confirm")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\": 1}"))
                .andReturn();
        assertThat(confirmed.getResponse().getStatus()).as(text(confirmed)).isEqualTo(200);
        assertThat(json.readTree(text(confirmed)).get("confirmed").asBoolean()).isTrue();
        assertThat(json.readTree(text(confirmed)).get("confirmedBy").asText()).isEqualTo("designer");
    }

    @Test
    void wrongDaysAreRefusedNamingTheField() throws Exception {
        Map<String, Object> body = body(read());
        entries(body, "workdays").add(Map.of("from", "2027-09-13", "label", "星期一"));
        entries(body, "holidays").add(Map.of("from", "2028-01-03", "label", "明年"));

        MvcResult refused = save(body);

        assertThat(refused.getResponse().getStatus()).as(text(refused)).isEqualTo(400);
        JsonNode errors = json.readTree(text(refused)).get("errors");
        assertThat(errors.findValuesAsText("field"))
                .contains("workdays[" + (entries(body, "workdays").size() - 1) + "].from")
                .contains("holidays[" + (entries(body, "holidays").size() - 1) + "].from");
        assertThat(errors.findValuesAsText("message")).anyMatch(m -> m.contains("Saturday or a Sunday"));

        MvcResult notADate = mvc.perform(put(YEAR)
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\":0,\"source\":\"x\",\"holidays\":[{\"from\":\"2027-02-30\"}]}"))
                .andReturn();
        assertThat(notADate.getResponse().getStatus()).isEqualTo(400);
        assertThat(text(notADate)).contains("holidays[0].from");
        assertThat(read().get("revision").asInt())
                .as("nothing saved")
                .isEqualTo(read().get("revision").asInt());
    }

    @Test
    void thePageSaysAProvisionalYearAndPutsAWrongLineBesideItsList() throws Exception {
        String page = text(mvc.perform(get("/calendar/2027").with(user(accounts.loadUserByUsername("designer"))))
                .andReturn());
        assertThat(page).contains("暂定").contains("2027-02-05..2027-02-08 春节");

        MvcResult refused = mvc.perform(post("/calendar/2027")
                        .with(user(accounts.loadUserByUsername("designer")))
                        .with(csrf())
                        .param("revision", read().get("revision").asText())
                        .param("source", "国务院办公厅通知")
                        .param("holidays", "2027-02-05..2027-02-08 春节\n2027-13-01 错误")
                        .param("workdays", "2027-02-15 春节调休"))
                .andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(text(refused)).contains("第 2 行：“2027-13-01”不是日期").contains("调休上班日只能是周六或周日");
    }

    /** A new proposal assigned today to one department; the due date of its handling's return-window timer. */
    private Date returnTimerOfANewAssignment() {
        String proposal = scenario.proposalFromClue(scenario.submitClue("节假日" + System.nanoTime()), null);
        scenario.fileAndAssign(proposal, Map.of("mode", "SEPARATE", "separate", "transport"));
        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("department-handling")
                .processInstanceBusinessKey(proposal + "/transport/1")
                .singleResult()
                .getId();
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("Timer_ReturnWindowEnds")
                .singleResult()
                .getDuedate();
    }

    private CalendarYear year2027(Set<LocalDate> extraHolidays) {
        CalendarYear shipped = WorkingDayCalendar.loadDefault().year(2027).orElseThrow();
        Set<LocalDate> holidays = new java.util.HashSet<>(shipped.holidays());
        holidays.addAll(extraHolidays);
        return new CalendarYear(2027, false, shipped.source(), holidays, shipped.workdays());
    }

    private JsonNode read() throws Exception {
        return json.readTree(
                text(mvc.perform(get(YEAR).with(httpBasic("designer", "demo"))).andReturn()));
    }

    private MvcResult save(Map<String, Object> body) throws Exception {
        return mvc.perform(put(YEAR)
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn();
    }

    private Map<String, Object> body(JsonNode year) {
        return body(year, year.get("revision").asInt());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(JsonNode year, int revision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        body.put("source", year.get("source").asText());
        body.put("holidays", new ArrayList<>(json.convertValue(year.get("holidays"), List.class)));
        body.put("workdays", new ArrayList<>(json.convertValue(year.get("workdays"), List.class)));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> entries(Map<String, Object> body, String list) {
        return (List<Object>) body.get(list);
    }

    private static String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
