package org.tongxin.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.security.UserAccounts;

/**
 * A department officer reads the proposals assigned to their department and the clues behind them, and nothing
 * else: another department's proposal, its clue and its case do not exist for them (404), in lists too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentScopingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    @Autowired
    UserAccounts accounts;

    AssignedProposal education;

    @BeforeAll
    void aProposalAssignedToEducationOnly() {
        education = AssignedProposal.to(commands, "education");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status("staff", "/api/clues/" + education.clueId()) == 200
                        && read("staff", "/api/proposals/" + education.proposalId())
                                .path("handlings")
                                .toString()
                                .contains("education")
                        && read("staff", "/api/cases/" + education.proposalId())
                                .path("handlings")
                                .toString()
                                .contains("education"));
    }

    /** What the clue's and the proposal's titles end with, and no other's. */
    private String suffix() {
        return education.clueId().substring("clue-".length());
    }

    private MockHttpServletResponse response(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }

    private int status(String user, String path) throws Exception {
        return response(user, path).getStatus();
    }

    private JsonNode read(String user, String path) throws Exception {
        return json.readTree(response(user, path).getContentAsString());
    }

    @Test
    void anotherDepartmentsProposalAndClueDoNotExistForAnOfficer() throws Exception {
        for (String path : new String[] {
            "/api/proposals/" + education.proposalId(),
            "/api/clues/" + education.clueId(),
            "/api/cases/" + education.proposalId(),
            "/api/cases/" + education.clueId(),
            "/api/cases/" + education.proposalId() + "/history",
            "/api/cases/" + education.clueId() + "/history"
        }) {
            MockHttpServletResponse answer = response("dept-transport", path);
            assertThat(answer.getStatus()).as(path).isEqualTo(404);
            assertThat(answer.getContentAsString()).as(path).doesNotContain("校车");
        }
        assertThat(status("dept-transport", "/api/cases/" + education.proposalId() + "/lineage"))
                .isEqualTo(403);
    }

    @Test
    void anOfficersListsLeaveOtherDepartmentsOut() throws Exception {
        assertThat(read("dept-transport", "/api/proposals?q=" + suffix())
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(read("dept-transport", "/api/clues?q=" + suffix())
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(read("dept-transport", "/api/proposals?size=200").toString()).doesNotContain(education.proposalId());
    }

    @Test
    void theAssignedDepartmentAndTheOfficeReadItInFull() throws Exception {
        for (String user : new String[] {"dept-education", "staff", "leader"}) {
            assertThat(read(user, "/api/proposals/" + education.proposalId())
                            .path("content")
                            .asText())
                    .as(user)
                    .contains("校车路线");
            assertThat(status(user, "/api/clues/" + education.clueId()))
                    .as(user)
                    .isEqualTo(200);
            assertThat(status(user, "/api/cases/" + education.proposalId()))
                    .as(user)
                    .isEqualTo(200);
            assertThat(read(user, "/api/proposals?q=" + suffix()).toString())
                    .as(user)
                    .contains(education.proposalId());
            assertThat(read(user, "/api/clues?q=" + suffix()).toString())
                    .as(user)
                    .contains(education.clueId());
        }
    }

    @Test
    void thePagesApplyTheSameScope() throws Exception {
        int other = mvc.perform(
                        get("/clues/" + education.clueId()).with(user(accounts.loadUserByUsername("dept-transport"))))
                .andReturn()
                .getResponse()
                .getStatus();
        int own = mvc.perform(
                        get("/clues/" + education.clueId()).with(user(accounts.loadUserByUsername("dept-education"))))
                .andReturn()
                .getResponse()
                .getStatus();
        String pool = mvc.perform(
                        get("/clues").param("q", suffix()).with(user(accounts.loadUserByUsername("dept-transport"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(other).isEqualTo(404);
        assertThat(own).isEqualTo(200);
        assertThat(pool).doesNotContain(education.clueId());
    }
}
