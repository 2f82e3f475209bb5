package org.tongxin.infra.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A demo user's tasks through the task API, as the page tests need them: found by case and key, completed. */
public record TaskApi(MockMvc mvc, ObjectMapper json) {

    /** The id of {@code user}'s open task {@code key} on the case, waiting until the process has reached it. */
    public String task(String user, String businessKey, String key) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            for (JsonNode t : json.readTree(mvc.perform(get("/api/tasks")
                                            .param("businessKey", businessKey)
                                            .with(httpBasic(user, "demo")))
                                    .andReturn()
                                    .getResponse()
                                    .getContentAsString())) {
                                if (key.equals(t.get("key").asText())) {
                                    return t.get("id").asText();
                                }
                            }
                            return null;
                        },
                        id -> id != null);
    }

    /** Completes the task with {@code body}, which must be accepted (204). */
    public void complete(String user, String taskId, Map<String, Object> body) throws Exception {
        MockHttpServletResponse done = mvc.perform(post("/api/tasks/" + taskId + "/complete")
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn()
                .getResponse();
        assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(204);
    }
}
