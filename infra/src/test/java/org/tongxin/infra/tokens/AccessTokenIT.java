package org.tongxin.infra.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tongxin.infra.security.UserAccounts;

/**
 * Personal access tokens and the SSO's JWTs on the API: a token is shown once and stored as its digest, works as a
 * bearer token, a read-only one cannot write, a revoked or expired one is refused at once, a token cannot mint
 * tokens, and issuing and revoking are in the audit log. JWTs are signed here with the test profile's key pair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessTokenIT {

    static final String ISSUER = "https://sso.test.tongxin.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aTokenIsShownOnceStoredAsItsDigestAndWorksAsABearerToken() throws Exception {
        JsonNode issued = issue("staff", "统计报表", "READ", 90);
        String secret = issued.get("secret").asText();
        String id = issued.get("token").get("id").asText();

        assertThat(secret).startsWith("txp_").hasSize(47);
        byte[] stored = jdbc.sql("SELECT digest FROM access_token WHERE token_id = :id")
                .param("id", UUID.fromString(id))
                .query(byte[].class)
                .single();
        assertThat(stored)
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        String list = mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(id).contains("统计报表").doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(status(get("/api/tasks"), secret)).isEqualTo(200);
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM access_token WHERE token_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Boolean.class)
                        .single())
                .as("its owner sees that it was used")
                .isTrue();
    }

    @Test
    void aReadOnlyTokenThatWritesIsRefusedWithAProblem() throws Exception {
        JsonNode issued = issue("staff", "只读", "READ", 30);
        String secret = issued.get("secret").asText();

        MockHttpServletResponse response = mvc.perform(
                        delete("/api/tokens/" + issued.get("token").get("id").asText())
                                .header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("read-only");
        assertThat(status(get("/api/tasks"), secret)).isEqualTo(200);
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        String secret = issue("staff", "读写", "WRITE", 30).get("secret").asText();

        int status = mvc.perform(newToken("下一个", "WRITE", 366).header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(403);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceAndBothStepsAreInTheAuditLog() throws Exception {
        JsonNode issued = issue("member", "委员助手", "WRITE", 30);
        String secret = issued.get("secret").asText();
        String id = issued.get("token").get("id").asText();
        assertThat(status(get("/api/tokens"), secret))
                .as("checked, so now cached")
                .isEqualTo(200);

        assertThat(status(delete("/api/tokens/" + id), secret)).isEqualTo(204);

        MockHttpServletResponse refused = mvc.perform(
                        get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        mvc.perform(get("/api/audit").param("aggregateId", id).with(httpBasic("supervisor", "demo")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(StandardCharsets.UTF_8))
                .contains("AccessTokenIssued", "AccessTokenRevoked", "委员助手"));
    }

    @Test
    void anotherAccountsTokenDoesNotExistForThem() throws Exception {
        String id = issue("staff", "别人的", "READ", 30).get("token").get("id").asText();

        int status = mvc.perform(delete("/api/tokens/" + id).with(httpBasic("member", "demo")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonNode issued = issue("staff", "过期", "READ", 1);
        jdbc.sql("UPDATE access_token SET expires_at = now() - interval '1 minute' WHERE token_id = :id")
                .param("id", UUID.fromString(issued.get("token").get("id").asText()))
                .update();

        assertThat(status(get("/api/tasks"), issued.get("secret").asText())).isEqualTo(401);
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() throws Exception {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String unknown = "txp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);

        assertThat(status(get("/api/tasks"), unknown)).isEqualTo(401);
        assertThat(status(get("/api/tasks"), "txp_short")).isEqualTo(401);
    }

    @Test
    void aTokenNeedsANameAScopeAndALifeOfAtMostAYear() throws Exception {
        MockHttpServletResponse blank = mvc.perform(newToken(" ", "READ", 30).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse();
        MockHttpServletResponse tooLong = mvc.perform(
                        newToken("报表", "READ", 400).with(httpBasic("staff", "demo")))
                .andReturn()
                .getResponse();

        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("name");
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("expiresInDays");
    }

    @Test
    void thePageCreatesShowsTheSecretOnceAndRevokes() throws Exception {
        String page = mvc.perform(post("/account/tokens")
                        .param("name", "页面创建")
                        .param("scope", "WRITE")
                        .param("days", "90")
                        .with(user(accounts.loadUserByUsername("leader")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String secret = page.replaceAll("(?s).*id=\"token-secret\"[^>]*value=\"(txp_[A-Za-z0-9_-]{43})\".*", "$1");
        assertThat(secret).startsWith("txp_").hasSize(47);
        assertThat(status(get("/api/tasks"), secret)).isEqualTo(200);

        String list = mvc.perform(get("/account/tokens").with(user(accounts.loadUserByUsername("leader"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("页面创建").doesNotContain(secret);
        String id = jdbc.sql("SELECT token_id::text FROM access_token WHERE owner = 'leader' AND name = '页面创建'")
                .query(String.class)
                .single();
        int revoked = mvc.perform(post("/account/tokens/" + id + "/revoke")
                        .with(user(accounts.loadUserByUsername("leader")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(revoked).isEqualTo(302);
        assertThat(status(get("/api/tasks"), secret)).isEqualTo(401);
    }

    @Test
    void thePageNamesAMissingFieldInChinese() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/account/tokens")
                        .param("name", "")
                        .param("scope", "READ")
                        .param("days", "90")
                        .with(user(accounts.loadUserByUsername("staff")))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("请填写用途");
    }

    @Test
    void aJwtOfTheSingleSignOnActsAsItsAccount() throws Exception {
        String jwt = jwt(
                testKey(),
                ISSUER,
                "staff",
                List.of("cppcc-office"),
                Instant.now().plusSeconds(300));

        String tokens = mvc.perform(get("/api/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(status(get("/api/tasks"), jwt)).isEqualTo(200);
        assertThat(status(get("/api/audit"), jwt))
                .as("the staff account's own rights")
                .isEqualTo(200);
        assertThat(tokens).startsWith("[");
    }

    @Test
    void anExpiredForgedOrForeignJwtIsRefusedWithAProblem() throws Exception {
        PrivateKey key = testKey();
        PrivateKey forger =
                KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Instant soon = Instant.now().plusSeconds(300);
        Map<String, String> refused = Map.of(
                "expired",
                        jwt(
                                key,
                                ISSUER,
                                "staff",
                                List.of("cppcc-office"),
                                Instant.now().minusSeconds(600)),
                "wrong signature", jwt(forger, ISSUER, "staff", List.of("cppcc-office"), soon),
                "wrong issuer", jwt(key, "https://evil.example", "staff", List.of("cppcc-office"), soon),
                "role the account does not have", jwt(key, ISSUER, "member", List.of("cppcc-office"), soon),
                "account Tongxin does not know", jwt(key, ISSUER, "nobody-here", List.of("cppcc-member"), soon));

        for (Map.Entry<String, String> jwt : refused.entrySet()) {
            MockHttpServletResponse response = mvc.perform(
                            get("/api/tasks").header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.getValue()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(jwt.getKey()).isEqualTo(401);
            assertThat(response.getContentType()).as(jwt.getKey()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    private JsonNode issue(String user, String name, String scope, int days) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        newToken(name, scope, days).with(httpBasic(user, "demo")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder newToken(String name, String scope, int days) throws Exception {
        return post("/api/tokens")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", name, "scope", scope, "expiresInDays", days)));
    }

    private int status(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearer))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static PrivateKey testKey() throws Exception {
        try (InputStream in = AccessTokenIT.class.getResourceAsStream("/sso/test-sso-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }

    private static String jwt(PrivateKey key, String issuer, String username, List<String> roles, Instant expires)
            throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("roles", roles)
                .issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
