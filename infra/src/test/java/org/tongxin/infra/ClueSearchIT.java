package org.tongxin.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import db.migration.infra.V2026_12_04_11__ClueSearchKeys;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.projections.similar.ChineseText;

/**
 * The clue pool's search through its own search keys (GIN) with the exact substring check on the candidates: one-
 * and two-character Chinese, Latin and digits in any case, tracking codes, punctuation-only and empty queries find
 * exactly the clues whose title or content contains the query; rows projected before the keys existed are keyed by
 * the migration exactly as the projection keys them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClueSearchIT {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    private String streetLight;
    private String ledPole;
    private String park;
    private String exclaimed;
    private String streetLightCode;

    @BeforeAll
    void registerClues() throws Exception {
        streetLight = submit("幸福路的路灯不亮了", "曌园小区门口的路灯坏了一个月，夜里出行不便。");
        ledPole = submit("LED灯12号杆损坏", "灯杆编号A-12，已倾斜。");
        park = submit("公园照明不足", "灯下路面坑洼，晚上看不清。");
        exclaimed = submit("噪音扰民！！", "夜间施工噪音很大");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT count(*) FROM clue_view WHERE clue_id IN (:ids)")
                                .param("ids", List.of(streetLight, ledPole, park, exclaimed))
                                .query(Long.class)
                                .single()
                        == 4);
        streetLightCode = jdbc.sql("SELECT tracking_code FROM clue_view WHERE clue_id = :id")
                .param("id", streetLight)
                .query(String.class)
                .single();
    }

    @Test
    void aOneCharacterQueryFindsEveryClueWithTheCharacter() throws Exception {
        assertThat(found("曌")).contains(streetLight).doesNotContain(ledPole, park, exclaimed);
        assertThat(found("灯")).contains(streetLight, ledPole, park).doesNotContain(exclaimed);
    }

    @Test
    void aTwoCharacterQueryFindsTheCharactersTogetherOnly() throws Exception {
        // the park's clue has 路 and 灯, never 路灯
        assertThat(found("路灯")).contains(streetLight).doesNotContain(ledPole, park, exclaimed);
        assertThat(found("灯杆")).contains(ledPole).doesNotContain(streetLight, park);
    }

    @Test
    void aQueryWhoseKeysAreAllThereIsStillCheckedAsASubstring() throws Exception {
        // 幸福, 福路 and 路灯 are all keys of 幸福路的路灯, the text 幸福路灯 is not in it
        assertThat(found("幸福路灯")).doesNotContain(streetLight);
        assertThat(found("幸福路的路灯")).contains(streetLight);
    }

    @Test
    void latinAndDigitsAreFoundInAnyCaseAndAnyPart() throws Exception {
        assertThat(found("led灯")).contains(ledPole).doesNotContain(streetLight, park);
        assertThat(found("D灯1")).contains(ledPole).doesNotContain(streetLight);
        assertThat(found("e")).contains(ledPole).doesNotContain(streetLight, park, exclaimed);
        assertThat(found("12号")).contains(ledPole).doesNotContain(streetLight);
        assertThat(found("a-1")).contains(ledPole).doesNotContain(streetLight);
    }

    @Test
    void aTrackingCodeFindsItsClue() throws Exception {
        assertThat(found(streetLightCode)).contains(streetLight).doesNotContain(ledPole, park, exclaimed);
        assertThat(found(streetLightCode.toLowerCase(java.util.Locale.ROOT))).contains(streetLight);
    }

    @Test
    void punctuationOnlyIsMatchedAsWrittenAndAnEmptyQueryFindsAll() throws Exception {
        assertThat(found("！！")).contains(exclaimed).doesNotContain(streetLight, ledPole, park);
        assertThat(found("%")).doesNotContain(streetLight, ledPole, park, exclaimed);
        assertThat(found("")).contains(streetLight, ledPole, park, exclaimed);
        assertThat(found("   ")).contains(streetLight, ledPole, park, exclaimed);
    }

    @Test
    void searchGoesThroughTheKeysIndex() {
        String plan = transactions.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            jdbc.sql("SET LOCAL enable_indexscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql(
                                    "EXPLAIN SELECT clue_id FROM clue_view WHERE search_keys @> string_to_array('路灯', chr(31))")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("clue_view_search_keys");
    }

    /** A row projected before the column existed gets the keys the projection gives a new clue, no more, no less. */
    @Test
    void theMigrationKeysOlderRowsAsTheProjectionDoes() throws Exception {
        List<String> projected = keys(ledPole);
        assertThat(projected)
                .containsExactlyInAnyOrderElementsOf(ChineseText.substringKeys("LED灯12号杆损坏\n灯杆编号A-12，已倾斜。"))
                .contains("le", "12", "灯杆");
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE clue_view SET search_keys = '{}' WHERE clue_id = :id")
                    .param("id", ledPole)
                    .update();
            try {
                Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
                assertThat(V2026_12_04_11__ClueSearchKeys.key(connection)).isGreaterThanOrEqualTo(4);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(keys(ledPole)).isEqualTo(projected);
    }

    private List<String> keys(String clueId) {
        return jdbc.sql("SELECT unnest(search_keys) FROM clue_view WHERE clue_id = :id")
                .param("id", clueId)
                .query(String.class)
                .list();
    }

    private List<String> found(String q) throws Exception {
        ResponseEntity<String> page =
                rest.withBasicAuth("staff", "demo").getForEntity("/api/clues?q={q}&size=200", String.class, q);
        assertThat(page.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
        return json.readTree(page.getBody()).get("items").findValuesAsText("clueId");
    }

    private String submit(String title, String content) throws Exception {
        Map<String, Object> body = Map.of(
                "title",
                title,
                "content",
                content,
                "source",
                "CITIZEN_IDEA",
                "district",
                "龙岗区",
                "street",
                "龙城街道",
                "submitter",
                Map.of("name", "张三", "phone", "13812345678", "consent", true));
        ResponseEntity<String> response = rest.postForEntity("/api/public/clues", body, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = json.readTree(response.getBody());
        return receipt.get("id").asText();
    }
}
