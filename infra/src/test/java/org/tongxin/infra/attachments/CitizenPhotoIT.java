package org.tongxin.infra.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.engine.registry.Station;
import org.tongxin.engine.registry.StationCode;
import org.tongxin.engine.registry.StationKind;
import org.tongxin.infra.directory.TrackingLookup;
import org.tongxin.infra.registry.Stations;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.infra.tasks.TaskApi;

/**
 * A citizen scans a workstation's poster, sends an idea with a phone photo: the clue is attributed to the workstation
 * (the pool's facet counts it), the photo reaches the office's classification task as a thumbnail without its GPS
 * position, another department is told it does not exist, and the public tracking page shows it only once the office
 * publishes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CitizenPhotoIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern PREVIEW = Pattern.compile("/files/([0-9a-f-]{36})/preview");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TrackingLookup tracking;

    @Autowired
    Stations stations;

    @BeforeEach
    void aWorkstationIsRegistered() {
        stations.save(new Station(
                new StationCode("LG-LC-01"),
                "龙城街道委员工作站",
                StationKind.WORKSTATION,
                "龙岗区",
                "龙城街道",
                "龙城街道中心城社区党群服务中心二楼",
                "刘主任",
                "0755-28900001",
                "社会福利和社会保障界"));
    }

    @Test
    void aPhotoThroughAPosterReachesTheOfficerAndIsPublicOnlyOncePublished() throws Exception {
        String form = mvc.perform(fromNewClient(get("/public/submit").param("workstation", "LG-LC-01")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("龙城街道委员工作站").contains("name=\"workstation\"");

        MockHttpServletResponse sent = mvc.perform(fromNewClient(multipart("/public/submit")
                                .file(new MockMultipartFile(
                                        "photos", "IMG_3001.JPG", "image/jpeg", TestFiles.phonePhoto(120, 60)))
                                .param("title", "人行道井盖破损")
                                .param("content", "龙城大道人行道上的井盖破了一角，晚上很危险。")
                                .param("workstation", "LG-LC-01"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
        String code = sent.getRedirectedUrl().substring("/public/track/".length());
        String clue = tracking.clueIdFor(code).orElseThrow();

        // attributed to the workstation and its sector; the pool's workstation facet counts it
        JsonNode pool = await().atMost(WAIT)
                .until(
                        () -> json.readTree(mvc.perform(get("/api/clues")
                                        .param("workstation", "LG-LC-01")
                                        .param("size", "100")
                                        .with(httpBasic("staff", "demo")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString()),
                        page -> page.get("items").findValuesAsText("clueId").contains(clue));
        assertThat(pool.get("facets").get("workstation").get("LG-LC-01").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(pool.get("facets").get("sector").get("社会福利和社会保障界").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(page("staff", "/clues?workstation=LG-LC-01")).contains("龙城街道委员工作站");
        // the pool page's facets name the workstation and the sector it counted, with no filter chosen
        assertThat(page("staff", "/clues"))
                .contains("<section class=\"facet\">")
                .contains("龙城街道委员工作站")
                .contains("社会福利和社会保障界");

        // the office's classification task shows the photo's thumbnail
        String task = new TaskApi(mvc, json).task("staff", clue, "Task_ClassifyClue");
        String taskPage = await().atMost(WAIT).until(() -> page("staff", "/tasks/" + task), p -> PREVIEW.matcher(p)
                .find());
        Matcher m = PREVIEW.matcher(taskPage);
        assertThat(m.find()).isTrue();
        String photo = m.group(1);
        MockHttpServletResponse thumbnail = mvc.perform(
                        get("/files/" + photo + "/preview").with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse();
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        assertThat(thumbnail.getContentType()).isEqualTo("image/jpeg");
        MockHttpServletResponse original = mvc.perform(
                        get("/files/" + photo).with(user(accounts.loadUserByUsername("staff"))))
                .andReturn()
                .getResponse();
        assertThat(new String(original.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain(TestFiles.GPS_MARK);
        assertThat(original.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(page("staff", "/cases/" + clue)).contains("/files/" + photo + "/preview");

        // no one outside the case: another department, the public
        assertThat(mvc.perform(get("/files/" + photo).with(user(accounts.loadUserByUsername("dept-transport"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(publicStatus("/public/files/" + photo + "/preview")).isEqualTo(404);
        assertThat(publicPage("/public/track/" + code)).doesNotContain(photo);

        // the office publishes it: now the tracking page shows it
        MockHttpServletResponse published = mvc.perform(post("/files/" + photo + "/publish")
                        .param("back", "/cases/" + clue)
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(published.getRedirectedUrl()).isEqualTo("/cases/" + clue);
        await().atMost(WAIT).untilAsserted(() -> assertThat(publicPage("/public/track/" + code))
                .contains("/public/files/" + photo + "/preview"));
        assertThat(publicStatus("/public/files/" + photo + "/preview")).isEqualTo(200);
        assertThat(page("staff", "/cases/" + clue)).contains("上传附件").contains("在查询页公开");
    }

    @Test
    void anHtmlFileAsAPhotoIsRefusedBesideTheFieldAndNoClueIsMade() throws Exception {
        MockHttpServletResponse sent = mvc.perform(fromNewClient(multipart("/public/submit")
                                .file(new MockMultipartFile("photos", "photo.png", "image/png", TestFiles.html()))
                                .param("title", "路灯不亮")
                                .param("content", "小区路灯坏了一周。"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(sent.getStatus()).isEqualTo(422);
        assertThat(sent.getContentAsString())
                .contains("photo.png")
                .contains("格式不能上传")
                .contains("路灯不亮");
    }

    @Test
    void anOversizedPhotoIsToldInChineseBesideTheField() throws Exception {
        byte[] big = new byte[11 * 1024 * 1024];
        byte[] jpeg = TestFiles.image("jpeg", 10, 10);
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        MockHttpServletResponse sent = mvc.perform(fromNewClient(multipart("/public/submit")
                                .file(new MockMultipartFile("photos", "大图.jpg", "image/jpeg", big))
                                .param("title", "路灯不亮")
                                .param("content", "小区路灯坏了一周。"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(sent.getStatus()).isEqualTo(422);
        assertThat(sent.getContentAsString()).contains("大图.jpg").contains("超过 10MB");
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(user))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private String publicPage(String path) throws Exception {
        return mvc.perform(fromNewClient(get(path))).andReturn().getResponse().getContentAsString();
    }

    private int publicStatus(String path) throws Exception {
        return mvc.perform(fromNewClient(get(path))).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder fromNewClient(MockHttpServletRequestBuilder request) {
        int n = CLIENTS.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr("10.41." + (n / 250) + "." + (n % 250 + 1));
            return r;
        });
    }
}
