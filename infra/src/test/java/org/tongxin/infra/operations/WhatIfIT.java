package org.tongxin.infra.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.tongxin.infra.edge.AssignedProposal;

/**
 * The what-if API reads the recorded handlings and names departments in words: a proposal assigned today to
 * education is counted in today's period, and a candidate that cannot be tried is refused field by field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WhatIfIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    CommandGateway commands;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aHandlingAssignedInThePeriodIsCountedUnderItsDepartmentsName() {
        AssignedProposal.to(commands, "education");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, Object> candidate = Map.of("from", today, "to", today, "replyMonths", 2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<String> response =
                    rest.withBasicAuth("designer", "demo").postForEntity("/api/rules/what-if", candidate, String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            JsonNode result = json.readTree(response.getBody());
            assertThat(result.get("total").get("handlings").asInt()).isPositive();
            assertThat(result.get("replyMonthsCandidate").asInt()).isEqualTo(2);
            assertThat(result.get("departments").findValuesAsText("department"))
                    .contains("教育局")
                    .doesNotContain("education");
            // assigned today: nothing can be overdue yet under either rule
            assertThat(result.get("total").get("overdueToday").asInt()).isZero();
            assertThat(result.get("total").get("overdueCandidate").asInt()).isZero();
        });
    }

    @Test
    void aCandidateThatCannotBeTriedIsRefusedNamingEachField() throws Exception {
        Map<String, Object> candidate = Map.of(
                "from",
                "2026-03-01",
                "to",
                "2026-01-01",
                "replyMonths",
                0,
                "addHolidays",
                List.of("2026-03-07"),
                "addWorkdays",
                List.of("2026-03-09"));

        ResponseEntity<String> response =
                rest.withBasicAuth("designer", "demo").postForEntity("/api/rules/what-if", candidate, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(json.readTree(response.getBody()).findValuesAsText("field"))
                .containsExactlyInAnyOrder("to", "replyMonths", "addHolidays", "addWorkdays");
        assertThat(rest.withBasicAuth("staff", "demo")
                        .postForEntity("/api/rules/what-if", candidate, String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
