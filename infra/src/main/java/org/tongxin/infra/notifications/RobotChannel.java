package org.tongxin.infra.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Chat-group robots of the kind Chinese offices use. 企业微信: a JSON {@code text} message posted to the robot's webhook.
 * 钉钉: the same shape, and when the robot has a secret (加签) the address carries {@code timestamp} (milliseconds) and
 * {@code sign} = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded, the signature
 * a 钉钉 robot with 加签 checks. Both answer 200 with {@code errcode} 0 when they took the message; anything else is a
 * failure, retried.
 */
@Component
class RobotChannel implements NotificationChannel {

    private final NotificationSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    RobotChannel(NotificationSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public boolean handles(Channel channel) {
        return channel == Channel.WECOM || channel == Channel.DINGTALK;
    }

    @Override
    public void send(Outgoing message) throws Exception {
        NotificationSettings.Robot robot = settings.robots().stream()
                .filter(r -> r.name().equals(message.address()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no robot configured by that name: " + message.address()));
        String content = "【同心】" + message.heading() + "\n" + message.sentence() + "\n" + message.link();
        String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
        String url = robot.kind() == Channel.DINGTALK
                        && robot.secret() != null
                        && !robot.secret().isBlank()
                ? signed(robot.url(), robot.secret(), clock.millis())
                : robot.url();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("robot answered HTTP " + response.statusCode());
        }
        JsonNode answer = json.readTree(response.body());
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new IllegalStateException(
                    "robot refused: " + answer.path("errcode").asText() + " "
                            + answer.path("errmsg").asText());
        }
    }

    static String signed(String url, String secret, long timestamp) throws GeneralSecurityException {
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(sign(secret, timestamp), StandardCharsets.UTF_8);
    }

    static String sign(String secret, long timestamp) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }
}
