package org.tongxin.infra.clues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tongxin.engine.clue.ClassifyClue;
import org.tongxin.engine.clue.CloseClue;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.personaldata.Retention;

/** The retention job erases the submitter of a clue closed longer ago than the retention period (two years). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RetentionErasureIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Retention retention;

    @Autowired
    RetentionErasure submitters;

    @Test
    void theSubmitterOfAClueClosedLongerAgoThanTheRetentionPeriodIsErased() throws Exception {
        String id = enterLetter();
        ActorRef staff = ActorRef.of("staff", Role.STAFF);
        commands.sendAndWait(new ClassifyClue(
                new ClueId(id), "其他", null, ClueRoute.DECLINE, DeclineGround.PERSONAL_DISPUTE, "人民调解委员会", null, staff));
        commands.sendAndWait(new CloseClue(new ClueId(id), staff));
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id = :id AND closed_at IS NOT NULL"
                                        + " AND submitter_name IS NOT NULL")
                                .param("id", id)
                                .query(Integer.class)
                                .single(),
                        n -> n == 1);

        assertThat(retention.eraseExpired(submitters, Instant.now()))
                .as("closed today: kept")
                .isZero();
        assertThat(retention.eraseExpired(submitters, Instant.now().plus(Duration.ofDays(731))))
                .isGreaterThanOrEqualTo(1);

        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id = :id AND submitter_erased"
                                        + " AND submitter_name IS NULL AND submitter_phone IS NULL")
                                .param("id", id)
                                .query(Integer.class)
                                .single(),
                        n -> n == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE aggregate_id = :id"
                                + " AND event_type = 'SubmitterErased' AND actor_role = 'SYSTEM'")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private String enterLetter() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "西门桥头摊贩纠纷");
        body.put("content", "来电反映西门桥头两家摊贩因摊位发生纠纷，希望有人调解。");
        body.put("channel", "PHONE_CALL");
        body.put("district", "城关区");
        body.put("street", "西门街道");
        body.put("onBehalf", Map.of("kind", "CITIZEN", "name", "诸葛晓兰", "phone", "13655556666", "consent", true));
        MvcResult created = mvc.perform(post("/api/clues")
                        .with(httpBasic("staff", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        return json.readTree(created.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id")
                .asText();
    }
}
