package org.tongxin.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on an external PostgreSQL that the test crashes and brings back: while the database is gone the
 * health endpoint answers within 2 s, readiness is DOWN, liveness is UP, a POST and an authenticated GET answer 503
 * problem+json with Retry-After (never a 500, never 401); when it is back, readiness is UP again, writes succeed
 * and the event processors project them. Then PostgreSQL is killed while clients write: no acknowledged write lost
 * or duplicated, no 5xx but 503 problem+json, the read models equal to a fresh replay afterwards. Last, SIGTERM with
 * the database gone stops the app within 30 s.
 */
class DatabaseOutageIT {

    private static final String USER = "ops-staff";
    private static final String PASSWORD = "outage-drill";
    private static final String ADMIN = "ops-admin";

    @TempDir
    Path postgresDirectory;

    private TestPostgres postgres;
    private AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void duringAnOutageHealthIsFastAndHonestClientsGet503AndAfterItTheAppRecoversByItself() throws Exception {
        postgres = TestPostgres.start(postgresDirectory);
        List<String> arguments = new ArrayList<>(postgres.datasourceArguments());
        arguments.add("--tongxin.rate-limit.enabled=false");
        app = AppProcess.start("outage", arguments);
        URI base = app.awaitReady(Duration.ofMinutes(3));
        Http http = new Http(base);
        postgres.createUser(USER, PASSWORD, "STAFF");
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/api/clues", USER, PASSWORD).status()).isEqualTo(200);

        postgres.crash();

        AtomicReference<Duration> slowestHealth = new AtomicReference<>(Duration.ZERO);
        await("readiness DOWN").atMost(Duration.ofSeconds(15)).until(() -> {
            Http.Answer readiness = http.get("/actuator/health/readiness");
            slowestHealth.accumulateAndGet(readiness.took(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            return readiness.status() == 503;
        });
        Http.Answer health = http.get("/actuator/health");
        assertThat(health.took()).as("/actuator/health with the database gone").isLessThan(Duration.ofSeconds(2));
        assertThat(slowestHealth.get()).as("slowest readiness answer").isLessThan(Duration.ofSeconds(2));
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

        Http.Answer post = http.postJson("/api/public/clues", Ledger.body("停库时提交"));
        assertUnavailable(post, "POST /api/public/clues");
        Http.Answer authenticatedGet = http.get("/api/clues", USER, PASSWORD);
        assertUnavailable(authenticatedGet, "GET /api/clues signed in");
        assertThat(formLoginDuringOutage(base)).contains("数据库连接不上");

        postgres.restart();

        await("readiness UP again")
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/actuator/health/readiness").status() == 200);
        String marker = UUID.randomUUID().toString();
        Http.Answer after = http.postJson("/api/public/clues", Ledger.body("恢复后 " + marker));
        assertThat(after.status()).as(after.body()).isEqualTo(201);
        await("the event processors project again")
                .atMost(Duration.ofSeconds(90))
                .until(() -> http.get("/api/clues?q=" + marker, USER, PASSWORD)
                        .body()
                        .contains(marker));

        // PostgreSQL killed under load: four clients submit while the database crashes (immediate shutdown, the
        // committed work only in the WAL) and comes back. Every acknowledged write must survive exactly once, and a
        // client must only ever see 201 or 503 problem+json with Retry-After.
        Ledger ledger = new Ledger();
        AtomicBoolean stopLoad = new AtomicBoolean();
        ledger.load(base, "pg-kill", 4, stopLoad);
        await("writes acknowledged under load")
                .atMost(Duration.ofMinutes(1))
                .until(() -> ledger.acknowledged.size() >= 20);
        int inFlightAtKill = ledger.unanswered.size();
        postgres.crash();
        long killedAt = System.nanoTime();
        // each client stops at its first refused submission and keeps it for a retry, as a careful client would
        await("every client refused")
                .atMost(Duration.ofSeconds(30))
                .until(() -> ledger.unavailable.get() + ledger.otherServerErrors.get() >= 4);
        stopLoad.set(true);
        for (int i = 0; i < 4; i++) {
            ledger.submit(
                    base,
                    new Ledger.Submission(
                            "pg-kill-outage-" + i, UUID.randomUUID().toString(), "late"));
        }
        Duration outage = Duration.ofNanos(System.nanoTime() - killedAt);
        postgres.restart();
        await("readiness UP after the kill")
                .atMost(Duration.ofSeconds(30))
                .until(() -> http.get("/actuator/health/readiness").status() == 200);
        int unansweredAtRestart = ledger.unanswered.size();
        ledger.retryUnanswered(base);
        assertThat(ledger.unanswered)
                .as("submissions never acknowledged, even on retry")
                .isEmpty();
        assertThat(ledger.otherServerErrors.get())
                .as("5xx answers other than 503 problem+json with Retry-After")
                .isZero();
        assertThat(ledger.unavailable.get())
                .as("503 answers while the database was gone")
                .isPositive();
        try (EmbeddedDatabase db = EmbeddedDatabase.at(postgres.port(), TestPostgres.DATABASE)) {
            ledger.assertHeldBy(db);
        }
        postgres.createUser(ADMIN, PASSWORD, "ADMIN");
        FreshReplay.Outcome replay = FreshReplay.compare(http, ADMIN, PASSWORD, postgres::connect);
        assertThat(replay.mismatches())
                .as("read-model rows unlike a fresh replay: %s", replay.mismatchesByTable())
                .isZero();

        postgres.crash();
        await("readiness DOWN")
                .atMost(Duration.ofSeconds(15))
                .until(() -> http.get("/actuator/health/readiness").status() == 503);
        Duration shutdown = app.terminate(Duration.ofSeconds(90));
        assertThat(shutdown).as("SIGTERM with the database gone").isNotNull().isLessThan(Duration.ofSeconds(30));

        FaultFigures.record(
                "database-outage",
                ("health=%dms slowestReadiness=%dms post=%d/%dms authenticatedGet=%d/%dms sigtermWithoutDatabase=%dms"
                                + " killedUnderLoad: acknowledged=%d inFlightAtKill=%d unansweredAtRestart=%d outage=%dms"
                                + " answered503=%d otherServerErrors=%d lost=0 duplicated=0 %s")
                        .formatted(
                                health.took().toMillis(),
                                slowestHealth.get().toMillis(),
                                post.status(),
                                post.took().toMillis(),
                                authenticatedGet.status(),
                                authenticatedGet.took().toMillis(),
                                shutdown.toMillis(),
                                ledger.acknowledged.size(),
                                inFlightAtKill,
                                unansweredAtRestart,
                                outage.toMillis(),
                                ledger.unavailable.get(),
                                ledger.otherServerErrors.get(),
                                replay.figures()));
    }

    /** Signs in through the login form during the outage: the page must say the database is unreachable. */
    private static String formLoginDuringOutage(URI base) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String loginPage = browser.send(
                        HttpRequest.newBuilder(base.resolve("/login")).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> signIn = browser.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password=" + PASSWORD
                                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signIn.headers().firstValue("Location").orElse("");
        assertThat(location).as("where a sign-in during the outage leads").endsWith("/login?unavailable");
        return browser.send(
                        HttpRequest.newBuilder(base.resolve(location)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    private static void assertUnavailable(Http.Answer answer, String what) {
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        assertThat(answer.retryAfter()).as(what + " Retry-After").isNotNull();
        assertThat(answer.took()).as(what + " answered within").isLessThan(Duration.ofSeconds(10));
    }
}
