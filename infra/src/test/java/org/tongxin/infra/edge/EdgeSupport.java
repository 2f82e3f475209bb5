package org.tongxin.infra.edge;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A public clue waiting for classification, and its open task, as the edge tests need them. */
final class EdgeSupport {

    record OpenClue(String clueId, String trackingCode, String taskId) {}

    private EdgeSupport() {}

    static OpenClue clueWithOpenTask(MockMvc mvc, ObjectMapper json) throws Exception {
        String body = mvc.perform(post("/api/public/clues")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title", "学校门口缺少人行横道",
                                "content", "龙城小学门口车流大，学生过马路危险。",
                                "source", "CITIZEN_IDEA"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode receipt = json.readTree(body);
        String clue = receipt.get("id").asText();
        String[] task = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode tasks = json.readTree(
                    mvc.perform(get("/api/tasks").param("businessKey", clue).with(httpBasic("staff", "demo")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            if (tasks.isArray() && !tasks.isEmpty()) {
                task[0] = tasks.get(0).get("id").asText();
                return true;
            }
            return false;
        });
        return new OpenClue(clue, receipt.get("trackingCode").asText(), task[0]);
    }
}
