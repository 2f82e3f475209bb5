package org.tongxin.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.infra.security.UserAccounts;

/**
 * The input edge: control characters anywhere (JSON fields, task forms, query parameters, path variables, page
 * forms) are refused with the field named and nothing stored; paging bounds, dates, enums and body sizes answer 4xx
 * problem details, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InputEdgeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @LocalServerPort
    int port;

    private long storedClues() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.ClueRegistered'")
                .query(Long.class)
                .single();
    }

    private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return json.readTree(response.getContentAsString());
    }

    private static String fields(JsonNode problem) {
        StringBuilder names = new StringBuilder();
        problem.path("errors")
                .forEach(e -> names.append(e.get("field").asText()).append(' '));
        return names.toString().strip();
    }

    @Test
    void aNulInAPublicClueTitleIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        long before = storedClues();
        String body = "{\"title\":\"a\\u0000b\",\"content\":\"路口没有红绿灯\",\"source\":\"CITIZEN_IDEA\"}";

        JsonNode problem = problem(
                mvc.perform(post("/api/public/clues")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse(),
                400);

        assertThat(fields(problem)).isEqualTo("title");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("contains a control character");
        assertThat(storedClues()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bell in a nested field|{\"title\":\"t\",\"content\":\"c\",\"source\":\"CITIZEN_IDEA\",\"submitter\":{\"name\":\"张\\u0007三\",\"consent\":true}}|submitter.name",
                "lone surrogate|{\"title\":\"t\",\"content\":\"a\\ud800b\",\"source\":\"CITIZEN_IDEA\"}|content",
                "noncharacter|{\"title\":\"t\\uffff\",\"content\":\"c\",\"source\":\"CITIZEN_IDEA\"}|title",
                "C1 control|{\"title\":\"t\",\"content\":\"c\\u0085\",\"source\":\"CITIZEN_IDEA\"}|content"
            })
    void everyControlCharacterInJsonIsRefused(String name, String body, String field) throws Exception {
        JsonNode problem = problem(
                mvc.perform(post("/api/public/clues")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(fields(problem)).isEqualTo(field);
    }

    @Test
    void tabsNewlinesAndChineseArePlainText() throws Exception {
        String body = "{\"title\":\"人行出口\\t被占用\",\"content\":\"第一行\\r\\n第二行 😀\",\"source\":\"CITIZEN_IDEA\"}";
        int status = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(201);
    }

    @Test
    void aNulInATaskFormFieldIsRefusedAndTheTaskStaysOpen() throws Exception {
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);

        JsonNode problem = problem(
                mvc.perform(post("/api/tasks/" + clue.taskId() + "/complete")
                                .with(httpBasic("staff", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"category\":\"交通\\u0000出行\",\"route\":\"PUBLISH_FOR_ADOPTION\"}"))
                        .andReturn()
                        .getResponse(),
                400);

        assertThat(fields(problem)).isEqualTo("category");
        assertThat(mvc.perform(get("/api/tasks/" + clue.taskId()).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aNulInAPageTaskFormIsShownBesideTheFieldInChinese() throws Exception {
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);

        MockHttpServletResponse page = mvc.perform(post("/tasks/" + clue.taskId())
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf())
                        .param("category", "交通\u0000出行")
                        .param("route", "PUBLISH_FOR_ADOPTION"))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("含有无法识别的控制字符").doesNotContain("\u0000");
        assertThat(mvc.perform(get("/api/tasks/" + clue.taskId()).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aNulInThePublicSubmitFormIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        long before = storedClues();

        MockHttpServletResponse page = mvc.perform(post("/public/submit")
                        .with(csrf())
                        .param("title", "a\u0000b")
                        .param("content", "路口没有红绿灯"))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("含有无法识别的控制字符").doesNotContain("\u0000");
        assertThat(storedClues()).isEqualTo(before);
    }

    @Test
    void aNulInAQueryParameterOrPathVariableNamesIt() throws Exception {
        JsonNode query = problem(
                mvc.perform(get("/api/clues").param("q", "a\u0000b").with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(fields(query)).isEqualTo("q");

        JsonNode path = problem(
                mvc.perform(get("/api/clues/{id}", "a\u0001b").with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(fields(path)).isEqualTo("id");

        MockHttpServletResponse page = mvc.perform(
                        get("/clues").param("q", "a\u0000b").with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("控制字符");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/clues?page=-1|page",
                "/api/clues?size=0|size",
                "/api/clues?size=1000000000|size",
                "/api/clues?page=2147483647|page",
                "/api/clues?page=99999999999|page",
                "/api/clues?from=9999-99-99|from",
                "/api/clues?from=%2B999999999-12-31T00:00:00Z|from",
                "/api/clues?to=0001-01-01T00:00:00Z|to",
                "/api/clues?sort=SIDEWAYS|sort",
                "/api/proposals?page=-1|page",
                "/api/proposals?size=1000000000|size",
                "/api/proposals?page=2147483647|page",
                "/api/tasks?page=2147483647|page",
                "/api/tasks?page=10001|page",
                "/api/tasks?size=0|size",
                "/api/tasks?scope=EVERYTHING|scope",
                "/api/tasks?dueBefore=%2B1000000000-01-01T00:00Z|dueBefore",
                "/api/audit?page=-1|page",
                "/api/audit?from=%2B999999999-01-01T00:00:00Z|from",
                "/api/handlings?size=1000000000|size",
                "/api/cases/unanswered?page=2147483647|page",
                "/api/my/work?completedPage=-1|completedPage",
                "/api/stats?from=0001-01-01|from",
                "/api/stats?to=9999-99-99|to"
            })
    void hostileParametersAreRefusedNamingTheParameter(String url, String field) throws Exception {
        JsonNode problem = problem(
                mvc.perform(get(URI.create(url)).with(httpBasic("staff", "demo")))
                        .andReturn()
                        .getResponse(),
                400);
        assertThat(fields(problem)).isEqualTo(field);
    }

    @Test
    void anExtremeAsOfIsRefusedNamingIt() throws Exception {
        EdgeSupport.OpenClue clue = EdgeSupport.clueWithOpenTask(mvc, json);
        for (String asOf :
                new String[] {"+1000000000-01-01T00:00Z", "+999999999-12-31T23:59:59Z", "-5000-01-01T00:00Z"}) {
            MockHttpServletRequestBuilder request =
                    get("/api/cases/" + clue.clueId()).param("asOf", asOf).with(httpBasic("staff", "demo"));
            JsonNode problem = problem(mvc.perform(request).andReturn().getResponse(), 400);
            assertThat(fields(problem)).as(asOf).isEqualTo("asOf");
        }
    }

    @Test
    void aTwentyMegabyteBodyIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // only the headers and a first kilobyte are sent: the answer must come without the rest
            out.write(("POST /api/public/clues HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + (20 * 1024 * 1024) + "\r\n\r\n{\"title\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[1024];
            Arrays.fill(filler, (byte) 'a');
            out.write(filler);
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            StringBuilder head = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.append(line).append('\n');
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsCutOffAt413() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        byte[] prefix = "{\"title\":\"t\",\"source\":\"CITIZEN_IDEA\",\"content\":\"".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/clues"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                // a stream of unknown length is sent chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(prefix), new java.io.ByteArrayInputStream(big))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void aLargeButAllowedClueIsAccepted() throws Exception {
        String content = "很".repeat(20_000);
        int status = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(
                                Map.of("title", "长文", "content", content, "source", "CITIZEN_IDEA"))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(201);
    }
}
