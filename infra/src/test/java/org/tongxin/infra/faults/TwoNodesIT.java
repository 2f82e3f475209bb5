package org.tongxin.infra.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app processes on one PostgreSQL, as a two-node deployment runs: each event-processor segment is owned by
 * exactly one node; a BPMN timer fires on exactly one node; the same command on the same aggregate from both nodes
 * does not succeed twice; and when one node is killed under load the other takes over its segments and no
 * acknowledged write is lost or duplicated.
 */
class TwoNodesIT {

    private static final String PASSWORD = "two-nodes";

    @TempDir
    Path postgresDirectory;

    private TestPostgres postgres;
    private AppProcess nodeA;
    private AppProcess nodeB;

    @AfterEach
    void stop() throws Exception {
        for (AppProcess node : new AppProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesShareTheWorkOnceAndOneTakesOverWhenTheOtherIsKilled() throws Exception {
        postgres = TestPostgres.start(postgresDirectory);
        nodeA = start("node-a");
        Http a = new Http(nodeA.awaitReady(Duration.ofMinutes(3)));
        for (String[] user :
                new String[][] {{"staff", "STAFF"}, {"member", "MEMBER"}, {"member2", "MEMBER"}, {"admin", "ADMIN"}}) {
            postgres.createUser(user[0], PASSWORD, user[1]);
        }
        nodeB = start("node-b");
        URI baseB = nodeB.awaitReady(Duration.ofMinutes(3));
        Http b = new Http(baseB);

        // Node A claimed every segment while it was alone; once node B has joined, A gives up its surplus and B
        // claims it, until each holds its share: every processor's segments split between the two.
        long sharing = System.nanoTime();
        await("the two nodes share the segments")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Map<String, String> now = owners();
                    return !now.isEmpty()
                            && !now.containsValue(null)
                            && owned(now, nodeA) == owned(now, nodeB)
                            && owned(now, nodeA) + owned(now, nodeB) == now.size();
                });
        Duration shared = Duration.ofNanos(System.nanoTime() - sharing);
        Map<String, String> owners = owners();
        long ownedByA = owned(owners, nodeA);
        long ownedByB = owned(owners, nodeB);
        assertThat(ownedByA + ownedByB)
                .as("segments owned by one of the two nodes: %s", owners)
                .isEqualTo(owners.size());
        assertThat(ownedByA).as("node A's segments: %s", owners).isPositive();
        assertThat(ownedByB).as("node B's segments: %s", owners).isPositive();
        Map<String, Set<String>> nodesPerProcessor = new HashMap<>();
        owners.forEach((segment, owner) -> nodesPerProcessor
                .computeIfAbsent(segment.substring(0, segment.indexOf('/')), p -> new HashSet<>())
                .add(owner));
        assertThat(nodesPerProcessor)
                .as("every processor worked on by both nodes: %s", owners)
                .allSatisfy((processor, nodes) -> assertThat(nodes).hasSize(2));

        // A replay needs every claim: while the other node holds segments it is refused as a conflict, and the
        // projection keeps running on this node.
        Http.Answer blocked = a.postJson("/api/admin/projections/clue-pool/replay", "{}", "admin", PASSWORD);
        assertThat(blocked.status())
                .as("replay while node B holds segments: %s", blocked.body())
                .isEqualTo(409);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        await("node A still owns its share after the refused replay")
                .atMost(Duration.ofSeconds(30))
                .until(() -> owned(owners(), nodeA) == ownedByA);

        // The same command on the same aggregate from both nodes: two members adopt one clue at once.
        // tongxin.faults.iterations races, each on a fresh clue (one in the normal build).
        int iterations = Integer.getInteger("tongxin.faults.iterations", 1);
        List<List<Integer>> races = new ArrayList<>();
        Map<String, Integer> losers = new TreeMap<>();
        Race race = null;
        for (int i = 0; i < iterations; i++) {
            race = adoptOnBothNodes(a, b);
            races.add(race.statuses());
            losers.merge(race.loserType(), 1, Integer::sum);
        }
        String clue = race.clue();

        // A BPMN timer due now fires on exactly one of the two job executors.
        String adopter = race.adopter();
        String coSigner = adopter.equals("member") ? "member2" : "member";
        complete(
                a,
                adopter,
                task(a, adopter, clue, "Task_DraftProposal"),
                "{\"title\":\"两节点联名提案\",\"content\":\"两节点演练的提案内容\",\"coSigners\":\"" + coSigner + "\"}");
        await("the co-signing timer exists")
                .atMost(Duration.ofSeconds(60))
                .until(() ->
                        count("SELECT count(*) FROM act_ru_job WHERE handler_cfg_ LIKE '%Timer_CoSigningDue%'") == 1);
        execute("UPDATE act_ru_job SET duedate_ = now() - interval '1 minute'"
                + " WHERE handler_cfg_ LIKE '%Timer_CoSigningDue%'");
        // The timer is due early for the domain (its own deadline is days away), so the command it sends is refused
        // and Camunda retries the job until its retries are spent: each attempt must run on exactly one node, so
        // every retry count appears once in the job log, whichever node ran it.
        await("the timer ran until its retries were spent")
                .atMost(Duration.ofSeconds(120))
                .until(() -> count("SELECT count(*) FROM act_hi_job_log WHERE act_id_ = 'Timer_CoSigningDue'"
                                + " AND job_state_ IN (1, 2)")
                        >= 3);
        assertThat(count("SELECT count(*) FROM (SELECT job_retries_ FROM act_hi_job_log"
                        + " WHERE act_id_ = 'Timer_CoSigningDue' AND job_state_ IN (1, 2)"
                        + " GROUP BY job_retries_ HAVING count(*) > 1) twice"))
                .as("attempts of the timer job that ran on both nodes")
                .isZero();
        String firedOn = text("SELECT string_agg(hostname_, ',' ORDER BY timestamp_) FROM act_hi_job_log"
                + " WHERE act_id_ = 'Timer_CoSigningDue' AND job_state_ IN (1, 2)");

        // Kill the node that owns most segments while both take writes.
        AppProcess victim = ownedByA >= ownedByB ? nodeA : nodeB;
        AppProcess survivor = victim == nodeA ? nodeB : nodeA;
        Http survivorHttp = victim == nodeA ? b : a;
        URI survivorBase = victim == nodeA ? baseB : a.base();
        Ledger ledger = new Ledger();
        AtomicBoolean stopLoad = new AtomicBoolean();
        ledger.load(a.base(), "a", 2, stopLoad);
        ledger.load(baseB, "b", 2, stopLoad);
        await().atMost(Duration.ofMinutes(1)).until(() -> ledger.acknowledged.size() >= 20);
        long killedAt = System.nanoTime();
        victim.kill();
        int atKill = ledger.acknowledged.size();
        await().atMost(Duration.ofMinutes(1)).until(() -> ledger.acknowledged.size() >= atKill + 10);
        stopLoad.set(true);
        ledger.retryUnanswered(survivorBase);
        assertThat(ledger.unanswered).isEmpty();

        String survivorOwner = survivor.pid() + "@";
        await("the survivor owns every segment").atMost(Duration.ofSeconds(90)).until(() -> owners().values().stream()
                .allMatch(o -> o != null && o.startsWith(survivorOwner)));
        Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
        Map<String, String> ledgerCodes = ledger.acknowledged.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().title(), Map.Entry::getValue));
        try (EmbeddedDatabase db = EmbeddedDatabase.at(postgres.port(), TestPostgres.DATABASE)) {
            Map<String, List<String>> stored = db.registeredCodesByTitle();
            assertThat(ledgerCodes.keySet()).allSatisfy(title -> assertThat(stored.get(title))
                    .as("events registering %s", title)
                    .containsExactly(ledgerCodes.get(title)));
            await("the survivor projected every acknowledged clue")
                    .atMost(Duration.ofMinutes(1))
                    .untilAsserted(() -> assertThat(db.viewCodesByTitle()).containsAllEntriesOf(ledgerCodes));
        }
        assertThat(survivorHttp.get("/actuator/health/readiness").status()).isEqualTo(200);
        FreshReplay.Outcome replay = FreshReplay.compare(survivorHttp, "admin", PASSWORD, postgres::connect);
        assertThat(replay.mismatches())
                .as("read-model rows unlike a fresh replay: %s", replay.mismatchesByTable())
                .isZero();

        FaultFigures.record(
                "two-nodes",
                "segments=%d ownedByA=%d ownedByB=%d sharedAfterJoin=%dms adoptStatuses=%s losers=%s timerFiredOn=%s acknowledged=%d lost=0 duplicated=0 takeoverAfterKill=%dms %s"
                        .formatted(
                                owners.size(),
                                ownedByA,
                                ownedByB,
                                shared.toMillis(),
                                races,
                                losers,
                                firedOn,
                                ledger.acknowledged.size(),
                                takeover.toMillis(),
                                replay.figures()));
    }

    /** The outcome of two members adopting one clue on the two nodes at once. */
    private record Race(String clue, String adopter, List<Integer> statuses, String loserType) {}

    private Race adoptOnBothNodes(Http a, Http b) throws Exception {
        String clue = submitAndPublish(a);
        String adoptTask = task(a, "member", clue, "Task_AdoptClue");
        CompletableFuture<Http.Answer> viaA =
                CompletableFuture.supplyAsync(() -> complete(a, "member", adoptTask, "{}"));
        CompletableFuture<Http.Answer> viaB =
                CompletableFuture.supplyAsync(() -> complete(b, "member2", adoptTask, "{}"));
        List<Integer> adoptStatuses = List.of(viaA.get().status(), viaB.get().status());
        assertThat(adoptStatuses.stream().filter(s -> s == 204).count())
                .as("adoptions that succeeded: %s", adoptStatuses)
                .isOne();
        Http.Answer loser = viaA.get().status() == 204 ? viaB.get() : viaA.get();
        // The loser is told it lost, never "not found": 409 problem+json. Which problem depends on where the two
        // met: its append collided with the winner's (conflict, with a Retry-After, after the automatic retries);
        // it loaded the clue after the winner's commit (the domain's state rule: already adopted); or it looked the
        // task up after that commit (已办结, task-completed). Retrying the last two cannot succeed.
        assertThat(loser.status()).as("the losing adoption: %s", loser.body()).isEqualTo(409);
        assertThat(loser.contentType()).startsWith("application/problem+json");
        String loserType = Ledger.JSON.readTree(loser.body()).path("type").asText();
        assertThat(loserType)
                .isIn(
                        "https://tongxin.org/problems/conflict",
                        "https://tongxin.org/problems/rule-violation",
                        "https://tongxin.org/problems/task-completed");
        if (loserType.endsWith("/conflict")) {
            assertThat(loser.retryAfter()).as("retry hint of a lost race").isNotNull();
        }
        assertThat(count("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.ClueAdopted'"
                        + " AND aggregate_identifier = '" + clue + "'"))
                .isOne();
        return new Race(
                clue,
                viaA.get().status() == 204 ? "member" : "member2",
                adoptStatuses,
                loserType.substring(loserType.lastIndexOf('/') + 1));
    }

    private AppProcess start(String name) throws Exception {
        List<String> arguments = new ArrayList<>(postgres.datasourceArguments());
        arguments.addAll(List.of(
                "--tongxin.rate-limit.enabled=false",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                // The job executor backs off up to a minute when idle; the test should not wait that long.
                "--camunda.bpm.job-execution.max-wait=3000"));
        return AppProcess.start(name, arguments);
    }

    private String submitAndPublish(Http http) throws Exception {
        Http.Answer submitted = http.postJson("/api/public/clues", Ledger.body("两节点认领竞争"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String clue = Ledger.JSON.readTree(submitted.body()).get("id").asText();
        String classify = awaitTask(http, "staff", clue, "Task_ClassifyClue");
        assertThat(complete(http, "staff", classify, "{\"category\":\"交通出行\",\"route\":\"PUBLISH_FOR_ADOPTION\"}")
                        .status())
                .isEqualTo(204);
        awaitTask(http, "member", clue, "Task_AdoptClue");
        return clue;
    }

    private String awaitTask(Http http, String user, String businessKey, String key) {
        return await(key)
                .atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .until(() -> task(http, user, businessKey, key), t -> t != null);
    }

    private String task(Http http, String user, String businessKey, String key) throws Exception {
        JsonNode tasks = Ledger.JSON.readTree(http.get("/api/tasks?businessKey=" + businessKey, user, PASSWORD)
                .body());
        for (JsonNode t : tasks) {
            if (key.equals(t.get("key").asText())) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + key + " for " + businessKey);
    }

    private static Http.Answer complete(Http http, String user, String taskId, String json) {
        try {
            return http.postJson("/api/tasks/" + taskId + "/complete", json, user, PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long owned(Map<String, String> owners, AppProcess node) {
        return owners.values().stream()
                .filter(o -> o != null && o.startsWith(node.pid() + "@"))
                .count();
    }

    /** processor/segment → owner (null while unclaimed). */
    private Map<String, String> owners() throws Exception {
        Map<String, String> owners = new HashMap<>();
        try (Connection c = postgres.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT processor_name, segment, owner FROM token_entry")) {
            while (rs.next()) {
                owners.put(rs.getString(1) + "/" + rs.getInt(2), rs.getString(3));
            }
        }
        return owners;
    }

    private long count(String sql) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.at(postgres.port(), TestPostgres.DATABASE)) {
            return db.count(sql);
        }
    }

    private String text(String sql) throws Exception {
        try (Connection c = postgres.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = postgres.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
