package org.tongxin.infra.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.tongxin.infra.edge.AssignedProposal;

/**
 * {@code /api/attachments}: a file is filed with an item by those who may add to it, read by those who may read the
 * item, served as a download that never runs in the browser, and refused with a problem naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentApiIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CommandGateway commands;

    private AssignedProposal education;

    @BeforeAll
    void aProposalHandledByEducation() {
        education = AssignedProposal.to(commands, "education");
    }

    @Test
    void aPhotoOnAClueIsStrippedOfGpsAndDownloadedAsAnAttachment() throws Exception {
        // the clue's read model may still be catching up with the chain that made it: until then the item is unknown
        // (404) and nothing is stored, so the upload is simply asked again
        await().atMost(Duration.ofSeconds(30))
                .until(() -> uploadResponse("staff", "CLUE", education.clueId(), "probe.txt", new byte[0])
                                .getStatus()
                        != 404);
        JsonNode added = upload("staff", "CLUE", education.clueId(), "IMG_2001.JPG", TestFiles.phonePhoto(80, 40));

        assertThat(added.get("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(added.get("fileName").asText()).isEqualTo("IMG_2001.jpg");
        String id = added.get("id").asText();
        MockHttpServletResponse download =
                await().atMost(WAIT).until(() -> fetch("staff", "/api/attachments/" + id), r -> r.getStatus() == 200);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Security-Policy")).contains("sandbox");
        assertThat(new String(download.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .doesNotContain(TestFiles.GPS_MARK)
                .doesNotContain("Exif");
        assertThat(fetch("staff", "/api/attachments/" + id + "/preview").getContentType())
                .isEqualTo("image/jpeg");

        JsonNode list = json.readTree(fetch("member", "/api/attachments?itemKind=CLUE&itemId=" + education.clueId())
                .getContentAsString());
        assertThat(list).extracting(n -> n.get("id").asText()).contains(id);
    }

    @Test
    void theHandlingDepartmentReadsTheCasesFilesAndAnotherDepartmentIsToldTheyDoNotExist() throws Exception {
        String id = upload("staff", "PROPOSAL", education.proposalId(), "调研报告.pdf", TestFiles.pdf())
                .get("id")
                .asText();
        await().atMost(WAIT)
                .until(() -> fetch("staff", "/api/attachments/" + id).getStatus() == 200);

        assertThat(fetch("dept-education", "/api/attachments/" + id).getStatus())
                .isEqualTo(200);
        assertThat(fetch("dept-transport", "/api/attachments/" + id).getStatus())
                .isEqualTo(404);
        assertThat(fetch("dept-transport", "/api/attachments?itemKind=PROPOSAL&itemId=" + education.proposalId())
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/api/attachments/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void aDepartmentFilesItsReplyLetterOnItsOwnHandlingOnly() throws Exception {
        JsonNode letter = upload("dept-education", "HANDLING", education.handlingId(), "复函.pdf", TestFiles.pdf());
        assertThat(letter.get("purpose").asText()).isEqualTo("REPLY_LETTER");

        MockHttpServletResponse other =
                uploadResponse("dept-transport", "HANDLING", education.handlingId(), "复函.pdf", TestFiles.pdf());
        assertThat(other.getStatus()).isEqualTo(404);
    }

    @Test
    void aMemberAttachesToTheirOwnItemsOnly() throws Exception {
        // the clue was raised and adopted by "member"
        assertThat(uploadResponse("member", "CLUE", education.clueId(), "走访记录.pdf", TestFiles.pdf())
                        .getStatus())
                .isEqualTo(201);
        assertThat(uploadResponse("member2", "CLUE", education.clueId(), "走访记录.pdf", TestFiles.pdf())
                        .getStatus())
                .isEqualTo(403);
        assertThat(uploadResponse("leader", "CLUE", education.clueId(), "批注.pdf", TestFiles.pdf())
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void htmlDressedAsAPngIsRefusedNamingTheField() throws Exception {
        MockHttpServletResponse response =
                uploadResponse("staff", "CLUE", education.clueId(), "photo.png", TestFiles.html());

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("file");
        assertThat(problem.get("detail").asText()).contains("text/html");
    }

    @Test
    void anOversizedFileIsA413ProblemAndAnEmptyOneA400() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy(TestFiles.pdf(), 0, eleven, 0, TestFiles.pdf().length);
        MockHttpServletResponse tooLarge = uploadResponse("staff", "CLUE", education.clueId(), "big.pdf", eleven);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(tooLarge.getContentAsString())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("file");

        MockHttpServletResponse empty = uploadResponse("staff", "CLUE", education.clueId(), "a.pdf", new byte[0]);
        assertThat(empty.getStatus()).isEqualTo(400);
    }

    @Test
    void hostileNamesAreStoredClean() throws Exception {
        JsonNode traversal = upload("staff", "CLUE", education.clueId(), "../../../etc/passwd.pdf", TestFiles.pdf());
        assertThat(traversal.get("fileName").asText()).isEqualTo("passwd.pdf");

        JsonNode nul = upload("staff", "CLUE", education.clueId(), "scan\u0000.exe", TestFiles.pdf());
        assertThat(nul.get("fileName").asText()).isEqualTo("scan.pdf");
    }

    @Test
    void onlyTheOfficePublishesAndOnlyACluesImagesAndPdfs() throws Exception {
        String photo = upload("staff", "CLUE", education.clueId(), "路口.png", TestFiles.image("png", 30, 30))
                .get("id")
                .asText();
        await().atMost(WAIT)
                .until(() -> fetch("staff", "/api/attachments/" + photo).getStatus() == 200);

        assertThat(publish("member", photo).getStatus()).isEqualTo(403);
        MockHttpServletResponse published = publish("staff", photo);
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(json.readTree(published.getContentAsString())
                        .get("published")
                        .asBoolean())
                .isTrue();

        String letter = upload("dept-education", "HANDLING", education.handlingId(), "复函.pdf", TestFiles.pdf())
                .get("id")
                .asText();
        await().atMost(WAIT)
                .until(() -> fetch("staff", "/api/attachments/" + letter).getStatus() == 200);
        MockHttpServletResponse refused = publish("staff", letter);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("ATTACH-PUBLISH-003");
    }

    private MockHttpServletResponse publish(String user, String id) throws Exception {
        return mvc.perform(post("/api/attachments/" + id + "/publish").with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
    }

    private JsonNode upload(String user, String kind, String itemId, String name, byte[] bytes) throws Exception {
        MockHttpServletResponse response = uploadResponse(user, kind, itemId, name, bytes);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse uploadResponse(String user, String kind, String itemId, String name, byte[] bytes)
            throws Exception {
        return mvc.perform(multipart("/api/attachments")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("itemKind", kind)
                        .param("itemId", itemId)
                        .with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse fetch(String user, String path) throws Exception {
        return mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse();
    }
}
