package org.tongxin.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.deadline.Deadlines;
import org.tongxin.processes.task.TaskActor;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * One benchmark run against a running application and its PostgreSQL: every row of issue 15 in one report, each
 * measured beside what it is compared with. The order matters and is fixed: the lifecycles (a) run on a quiet
 * database, bare Camunda (b) and raw JDBC (c) right after on the same PostgreSQL, then the volumes are seeded and
 * the read models catch up on them, then the load and read rows at 10% and at 100% of the open tasks, the replays,
 * authentication, heap, and last the start-up of the packaged jar.
 */
public final class Harness {

    static final String LIFECYCLE = "Proposal lifecycle: Tongxin (a) beside bare Camunda (b)";
    static final String APPEND = "Event append: Tongxin beside raw batched JDBC (c)";
    static final String SEED = "Seeding";
    static final String COMPLETION = "Task completion";
    static final String READS = "Reads through HTTP";
    static final String REPLAY = "Replay";
    static final String AUTH = "API authentication per call";
    static final String FOOTPRINT = "Start-up, heap, storage";

    /** The application's parts the harness drives or reads. */
    public record Parts(
            URI base,
            DataSource dataSource,
            EmbeddedPostgres postgres,
            Serializer eventSerializer,
            RuntimeService runtimeService,
            TaskService taskService,
            HistoryService historyService,
            TransactionTemplate transactions,
            ClueIntake intake,
            UserTasks userTasks,
            UserAccounts accounts,
            Deadlines deadlines,
            ObjectMapper json,
            String historyLevel,
            ProjectionOperations projections,
            EventProcessingConfiguration processing,
            TokenStore tokenStore) {}

    private final Parts parts;
    private final JdbcClient jdbc;
    private final Report report = new Report();
    private final Lifecycle lifecycle;
    private final Seeder seeder;
    private final Client admin;
    private final List<String> lifecycleClues = new ArrayList<>();
    private final List<String> seededClues = new ArrayList<>();
    private String officeToken;

    public Harness(Parts parts) {
        this.parts = parts;
        this.jdbc = JdbcClient.create(parts.dataSource());
        this.lifecycle = new Lifecycle(
                parts.intake(), parts.userTasks(), parts.accounts(), parts.taskService(), parts.historyService());
        this.seeder = new Seeder(
                parts.dataSource(),
                parts.eventSerializer(),
                parts.runtimeService(),
                parts.transactions(),
                parts.processing(),
                parts.tokenStore());
        this.admin = Client.basic(parts.base(), "admin", "demo");
    }

    /** The rows measured so far (all of them once {@link #run} returns). */
    public Report report() {
        return report;
    }

    public Report run(Volumes volumes) throws Exception {
        report.describeRuntime();
        report.machine(
                "PostgreSQL", jdbc.sql("SELECT version()").query(String.class).single());
        report.machine("commit", Git.head());
        report.machine("Camunda history level", parts.historyLevel());
        report.machine(
                "volumes",
                String.format(
                        Locale.ROOT,
                        "scale %s: %d lifecycles, %,d clues, %,d open tasks, replays over %,d events, open model"
                                + " %.0f/s × %d, saturation %d clients × %d, %d samples per read",
                        volumes.scale(),
                        volumes.lifecycles(),
                        volumes.clues(),
                        volumes.openTasks(),
                        volumes.replayEvents(),
                        volumes.arrivalRate(),
                        volumes.arrivals(),
                        volumes.saturationClients(),
                        volumes.saturationCompletions(),
                        volumes.readSamples()));

        if (volumes.clues() < 1_000_000 || volumes.openTasks() < 100_000) {
            report.note(String.format(
                    Locale.ROOT,
                    "Not the issue's volumes: this run seeded %,d clues and %,d open tasks (the defaults are 1,000,000"
                            + " and 100,000); the completion and read rows name the sizes they ran at.",
                    volumes.clues(),
                    volumes.openTasks()));
        }
        report.note("The application, its embedded PostgreSQL and the load generator share this machine and one JVM;"
                + " the load average above says how much else ran beside them. Read the ratios.");
        lifecycles(volumes);
        seed(volumes);
        authentication(volumes);
        heap();
        startup(volumes);
        report.describeEnd();
        return report;
    }

    // --- (a), (b), (c) and bytes per lifecycle ------------------------------------------------------------------

    private void lifecycles(Volumes volumes) throws Exception {
        // warm up both paths (class loading, JIT, caches) so neither pays it inside the measurement
        Map<String, Latencies> warmTongxin = Lifecycle.newSteps();
        for (int i = 0; i < Math.min(3, volumes.lifecycles()); i++) {
            lifecycleClues.add(lifecycle.run(warmTongxin));
        }
        awaitProjections(Duration.ofMinutes(10));
        long eventsBefore = eventCount();
        long maxIndexBefore = maxGlobalIndex();
        long bytesBefore = databaseBytes();
        Map<String, Latencies> tongxin = Lifecycle.newSteps();
        long start = System.nanoTime();
        List<String> hot;
        try (HotMethods jfr = HotMethods.start("lifecycle")) {
            for (int i = 0; i < volumes.lifecycles(); i++) {
                lifecycleClues.add(lifecycle.run(tongxin));
            }
            hot = jfr.stop(12);
        }
        Duration tongxinTook = Duration.ofNanos(System.nanoTime() - start);
        long appended = eventCount() - eventsBefore;
        awaitProjections(Duration.ofMinutes(30));
        long bytesAfter = databaseBytes();
        report.profile("Proposal lifecycles through Tongxin (a)", hot);

        Map<String, Latencies> bare = Lifecycle.newSteps();
        Duration bareTook;
        long bareBytes;
        try (BareCamunda camunda = BareCamunda.start(parts.postgres(), parts.deadlines(), parts.historyLevel())) {
            for (int i = 0; i < Math.min(3, volumes.lifecycles()); i++) {
                camunda.run(Lifecycle.newSteps());
            }
            long bareBytesBefore = camunda.databaseBytes();
            long bareStart = System.nanoTime();
            for (int i = 0; i < volumes.lifecycles(); i++) {
                camunda.run(bare);
            }
            bareTook = Duration.ofNanos(System.nanoTime() - bareStart);
            bareBytes = camunda.databaseBytes() - bareBytesBefore;
        }
        double a = volumes.lifecycles() / seconds(tongxinTook);
        double b = volumes.lifecycles() / seconds(bareTook);
        report.row(
                LIFECYCLE,
                "whole lifecycles, serial (one client)",
                String.format(Locale.ROOT, "Tongxin %.2f lifecycles/s", a),
                String.format(Locale.ROOT, "bare Camunda %.2f lifecycles/s · a/b = %.2f (goal ≥ 0.85)", b, a / b));
        report.goal(
                "lifecycle throughput ≥ 0.85× bare Camunda on the same BPMN",
                String.format(Locale.ROOT, "a/b = %.2f (%.2f against %.2f lifecycles/s)", a / b, a, b),
                a / b >= 0.85);
        for (String step : Lifecycle.STEPS) {
            report.row(
                    LIFECYCLE,
                    "step: " + step,
                    tongxin.get(step).summary().text(),
                    "bare: " + bare.get(step).summary().text());
        }
        report.row(
                FOOTPRINT,
                "database bytes per closed lifecycle (events, processes with full history, read models, indexes)",
                String.format(Locale.ROOT, "%,d bytes", (bytesAfter - bytesBefore) / volumes.lifecycles()),
                String.format(Locale.ROOT, "bare Camunda %,d bytes", bareBytes / volumes.lifecycles()));
        report.row(
                FOOTPRINT,
                "events per closed lifecycle, their stored payload and metadata",
                String.format(
                        Locale.ROOT,
                        "%.1f events, %,d bytes",
                        (double) appended / volumes.lifecycles(),
                        jdbc.sql("SELECT coalesce(sum(octet_length(payload) + coalesce(octet_length(meta_data), 0)), 0)"
                                                + " FROM domain_event_entry WHERE global_index > :from")
                                        .param("from", maxIndexBefore)
                                        .query(Long.class)
                                        .single()
                                / volumes.lifecycles()),
                "");

        // (c): the same rows, written by batched JDBC INSERTs into a copy of the event table
        double tongxinAppend = appended / seconds(tongxinTook);
        int rows = Math.max(1, (int) appended);
        int rounds = Math.max(1, 20_000 / rows);
        Duration raw = rawInsert(maxIndexBefore, rounds);
        double rawRate = (double) rows * rounds / seconds(raw);
        report.row(
                APPEND,
                "events appended per second",
                String.format(
                        Locale.ROOT, "Tongxin %,.0f events/s (while running the lifecycles serially)", tongxinAppend),
                String.format(
                        Locale.ROOT,
                        "raw batched JDBC (100 rows a batch) %,.0f events/s (c) · Tongxin/c = %.4f",
                        rawRate,
                        tongxinAppend / rawRate));
    }

    private Duration rawInsert(long afterIndex, int rounds) throws Exception {
        record Event(
                String aggregate,
                long sequence,
                String type,
                byte[] meta,
                byte[] payload,
                String revision,
                String payloadType,
                String timestamp) {}
        List<Event> events = jdbc.sql("SELECT aggregate_identifier, sequence_number, type, meta_data, payload,"
                        + " payload_revision, payload_type, time_stamp FROM domain_event_entry WHERE global_index > :from"
                        + " ORDER BY global_index")
                .param("from", afterIndex)
                .query((rs, n) -> new Event(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBytes(4),
                        rs.getBytes(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
        try (Connection c = parts.dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_event_entry");
            s.execute("CREATE TABLE bench_raw_event_entry (LIKE domain_event_entry INCLUDING ALL)");
            s.execute("CREATE SEQUENCE IF NOT EXISTS bench_raw_event_seq");
            s.execute("ALTER TABLE bench_raw_event_entry ALTER COLUMN global_index"
                    + " SET DEFAULT nextval('bench_raw_event_seq')");
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert =
                    c.prepareStatement("INSERT INTO bench_raw_event_entry (aggregate_identifier,"
                            + " sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type,"
                            + " time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int round = 0; round < rounds; round++) {
                    for (Event e : events) {
                        insert.setString(1, e.aggregate() + "#" + round);
                        insert.setLong(2, e.sequence());
                        insert.setString(3, e.type());
                        insert.setString(4, UUID.randomUUID().toString());
                        insert.setBytes(5, e.meta());
                        insert.setBytes(6, e.payload());
                        insert.setString(7, e.revision());
                        insert.setString(8, e.payloadType());
                        insert.setString(9, e.timestamp());
                        insert.addBatch();
                        if (++pending == 100) {
                            insert.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            c.setAutoCommit(true);
            s.execute("DROP TABLE bench_raw_event_entry");
            s.execute("DROP SEQUENCE bench_raw_event_seq");
            return took;
        }
    }

    // --- volumes, task completion and reads at 10% and 100% of the open tasks ---------------------------------

    private void seed(Volumes volumes) throws Exception {
        // the replays run on a store of the stated event volume: clues seeded up to it first, the rest after
        long replayClues = Math.max(0, Math.min(volumes.clues(), volumes.replayEvents() - eventCount()));
        seedClues((int) replayClues);
        replays(volumes);
        seedClues((int) (volumes.clues() - replayClues));

        // the completion rows use up to this many classification tasks at each stage (the adoption tasks they
        // open keep the count of open tasks where it was)
        int used = 2 * volumes.arrivals() + 2 * volumes.saturationCompletions();
        int first = Math.min(volumes.openTasks(), Math.max(used, volumes.openTasks() / 10));
        int opened = 0;
        for (int target : first == volumes.openTasks() ? List.of(first) : List.of(first, volumes.openTasks())) {
            int more = Math.min(target, seededClues.size()) - opened;
            Duration took = seeder.openTasks(seededClues.subList(opened, opened + more), 500);
            opened += more;
            report.row(
                    SEED,
                    String.format(
                            Locale.ROOT,
                            "%,d clue triages started in batches of 500 (open tasks now %,d)",
                            more,
                            openTasks()),
                    String.format(
                            Locale.ROOT, "%,.0f process instances/s (%.1f s)", more / seconds(took), seconds(took)),
                    "");
            completions(volumes, openTasks());
            reads(volumes, openTasks());
        }
    }

    private void seedClues(int count) throws Exception {
        if (count == 0) {
            return;
        }
        Seeder.Seeded clues = seeder.clues(count, 5_000);
        seededClues.addAll(clues.clueIds());
        report.row(
                SEED,
                String.format(
                        Locale.ROOT,
                        "%,d registered clues written as events (COPY, the app's serializer; events now %,d)",
                        count,
                        eventCount()),
                String.format(Locale.ROOT, "%,.0f events/s (%.1f s)", clues.perSecond(), seconds(clues.took())),
                "");
        report.row(
                SEED,
                String.format(
                        Locale.ROOT,
                        "their views in bulk: clue pool, search index and audit log as the projections write them"
                                + " (INSERT … SELECT over generate_series; audit rows from the stored events), every"
                                + " projection's token then moved past them; the other views (clue case, member"
                                + " record) hold no rows for these %,d clues",
                        count),
                String.format(
                        Locale.ROOT, "%,.0f clues/s (%.1f s)", count / seconds(clues.views()), seconds(clues.views())),
                "");
        awaitProjections(Duration.ofMinutes(10));
    }

    private void completions(Volumes volumes, long open) throws Exception {
        String at = String.format(Locale.ROOT, "at %,d open tasks", open);
        // an API client of the office as the README tells API clients to be one: a personal access token
        Client staffApi = Client.withAuthorization(parts.base(), "Bearer " + officeToken());
        String credential = "bearer token";
        TaskActor staff = parts.accounts().loadUserByUsername("staff").taskActor();
        String body = "{\"category\":\"交通出行\",\"route\":\"PUBLISH_FOR_ADOPTION\"}";

        ConcurrentLinkedQueue<String> tasks = classifyTasks(volumes.arrivals());
        OpenModel.Outcome api = OpenModel.open(volumes.arrivalRate(), volumes.arrivals(), i -> {
            HttpResponse<String> done = staffApi.post("/api/tasks/" + tasks.remove() + "/complete", body);
            if (done.statusCode() != 204) {
                throw new IllegalStateException("completion answered " + done.statusCode());
            }
        });
        ConcurrentLinkedQueue<String> serviceTasks = classifyTasks(volumes.arrivals());
        OpenModel.Outcome service = OpenModel.open(volumes.arrivalRate(), volumes.arrivals(), i -> parts.userTasks()
                .complete(serviceTasks.remove(), Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"), staff));
        report.row(
                COMPLETION,
                String.format(
                        Locale.ROOT,
                        "open model %.0f/s %s, latency from the scheduled arrival",
                        volumes.arrivalRate(),
                        at),
                "HTTP API (" + credential + "): " + api.latencies().summary().text() + failures(api),
                "task service in-process: " + service.latencies().summary().text() + failures(service));
        Latencies.Summary apiSummary = api.latencies().summary();
        Latencies.Summary serviceSummary = service.latencies().summary();
        report.goal(
                String.format(Locale.ROOT, "task completion p99 < 50 ms at %.0f/s, %s", volumes.arrivalRate(), at),
                String.format(
                        Locale.ROOT,
                        "HTTP API p99 %.1f ms; task service p99 %.1f ms%s",
                        apiSummary.p99(),
                        serviceSummary.p99(),
                        api.failures() + service.failures() == 0 ? "" : "; some failed"),
                apiSummary.p99() < 50 && serviceSummary.p99() < 50 && api.failures() + service.failures() == 0);

        ConcurrentLinkedQueue<String> satApiTasks = classifyTasks(volumes.saturationCompletions());
        OpenModel.Outcome satApi =
                OpenModel.saturate(volumes.saturationClients(), volumes.saturationCompletions(), i -> {
                    HttpResponse<String> done = staffApi.post("/api/tasks/" + satApiTasks.remove() + "/complete", body);
                    if (done.statusCode() != 204) {
                        throw new IllegalStateException("completion answered " + done.statusCode());
                    }
                });
        ConcurrentLinkedQueue<String> satTasks = classifyTasks(volumes.saturationCompletions());
        List<String> hot;
        OpenModel.Outcome satService;
        try (HotMethods jfr = HotMethods.start("completion")) {
            satService = OpenModel.saturate(
                    volumes.saturationClients(), volumes.saturationCompletions(), i -> parts.userTasks()
                            .complete(
                                    satTasks.remove(),
                                    Map.of("category", "交通出行", "route", "PUBLISH_FOR_ADOPTION"),
                                    staff));
            hot = jfr.stop(12);
        }
        report.profile("Task completion at saturation, task service, " + at, hot);
        report.row(
                COMPLETION,
                String.format(
                        Locale.ROOT,
                        "saturation, %d clients calling back to back, %s",
                        volumes.saturationClients(),
                        at),
                String.format(
                        Locale.ROOT,
                        "HTTP API (%s): %.1f completions/s · %s%s",
                        credential,
                        satApi.perSecond(),
                        satApi.latencies().summary().text(),
                        failures(satApi)),
                String.format(
                        Locale.ROOT,
                        "task service: %.1f completions/s · %s%s",
                        satService.perSecond(),
                        satService.latencies().summary().text(),
                        failures(satService)));
        report.goal(
                "saturation ≥ 100 completions/s, " + at,
                String.format(
                        Locale.ROOT,
                        "HTTP API %.1f/s; task service %.1f/s%s",
                        satApi.perSecond(),
                        satService.perSecond(),
                        satApi.failures() + satService.failures() == 0 ? "" : "; some failed"),
                satApi.perSecond() >= 100
                        && satService.perSecond() >= 100
                        && satApi.failures() + satService.failures() == 0);
    }

    private static String failures(OpenModel.Outcome outcome) {
        return outcome.failures() == 0 ? "" : " · " + outcome.failures() + " failed " + outcome.failed();
    }

    private ConcurrentLinkedQueue<String> classifyTasks(int count) {
        List<Task> open = parts.taskService()
                .createTaskQuery()
                .processDefinitionKey("clue-triage")
                .taskDefinitionKey("Task_ClassifyClue")
                .orderByTaskCreateTime()
                .desc()
                .listPage(0, count);
        if (open.size() < count) {
            throw new IllegalStateException("only " + open.size() + " open classification tasks, " + count + " needed");
        }
        return new ConcurrentLinkedQueue<>(open.stream().map(Task::getId).toList());
    }

    private void reads(Volumes volumes, long open) throws Exception {
        String at = String.format(Locale.ROOT, "%,d clues, %,d open tasks", clueCount(), open);
        Client staff = Client.session(parts.base(), "staff", "demo");
        Client officer = Client.session(parts.base(), "dept-transport", "demo");
        Client supervisor = Client.session(parts.base(), "supervisor", "demo");
        String proposalCase = "/cases/" + lifecycleClues.get(lifecycleClues.size() - 1);
        Map<String, Probe> probes = new LinkedHashMap<>();
        List<String> slow = new ArrayList<>();
        double worst = 0;
        probes.put("inbox of the office (staff, /inbox)", new Probe(staff, "/inbox"));
        probes.put("department board (dept-transport, /board)", new Probe(officer, "/board"));
        probes.put("clue pool with facets (/clues)", new Probe(staff, "/clues"));
        probes.put("clue pool, two-character search q=路灯", new Probe(staff, "/clues?q=%E8%B7%AF%E7%81%AF"));
        probes.put("clue pool, one-character search q=灯", new Probe(staff, "/clues?q=%E7%81%AF"));
        probes.put("case page of a closed clue → proposal", new Probe(staff, proposalCase));
        probes.put("audit query (supervisor, /audit)", new Probe(supervisor, "/audit"));
        for (Map.Entry<String, Probe> probe : probes.entrySet()) {
            Latencies latencies = new Latencies();
            probe.getValue().client().ok(probe.getValue().path());
            for (int i = 0; i < volumes.readSamples(); i++) {
                latencies.time(
                        () -> probe.getValue().client().ok(probe.getValue().path()));
            }
            Latencies.Summary s = latencies.summary();
            report.row(
                    READS,
                    probe.getKey() + ", at " + at,
                    String.format(Locale.ROOT, "p50 %.1f ms · p99 %.1f ms", s.p50(), s.p99()),
                    String.format(Locale.ROOT, "goal p99 < 50 ms (n=%d, one client, session cookie)", s.count()));
            worst = Math.max(worst, s.p99());
            if (s.p99() >= 50) {
                slow.add(String.format(Locale.ROOT, "%s p99 %.1f ms", probe.getKey(), s.p99()));
            }
        }
        report.goal(
                "every page read p99 < 50 ms, at " + at,
                slow.isEmpty()
                        ? String.format(Locale.ROOT, "all %d pages; the slowest p99 %.1f ms", probes.size(), worst)
                        : String.format(
                                Locale.ROOT,
                                "%d of %d pages over: %s",
                                slow.size(),
                                probes.size(),
                                String.join("; ", slow)),
                slow.isEmpty());
    }

    record Probe(Client client, String path) {}

    // --- replays -----------------------------------------------------------------------------------------------

    /** Each chosen projection, then all at once, replayed over the whole store: {@code replayEvents} events. */
    private void replays(Volumes volumes) throws Exception {
        List<String> all = new ArrayList<>();
        parts.projections().statuses().forEach(status -> all.add(status.group()));
        List<String> chosen = "all".equals(volumes.replayProjections())
                ? all
                : List.of(volumes.replayProjections().split(","));
        long events = eventCount();
        String volume = String.format(
                Locale.ROOT,
                "%,d events (%,d seeded clues and what the lifecycles appended; -Dtongxin.bench.replay-events=%,d)",
                events,
                seededClues.size(),
                volumes.replayEvents());
        String slowest = null;
        double slowestRate = Double.MAX_VALUE;
        for (String projection : chosen) {
            Duration took = replay(List.of(projection));
            double rate = events / seconds(took);
            report.row(
                    REPLAY,
                    String.format(Locale.ROOT, "replay of `%s` over %s", projection, volume),
                    String.format(Locale.ROOT, "%,.0f events/s (%.1f s)", rate, seconds(took)),
                    "goal ≥ 30,000 events/s");
            if (rate < slowestRate) {
                slowestRate = rate;
                slowest = projection;
            }
        }
        if (slowest != null) {
            report.goal(
                    String.format(Locale.ROOT, "replay ≥ 30,000 events/s per projection, over %,d events", events),
                    String.format(
                            Locale.ROOT,
                            "slowest `%s` %,.0f events/s (%d projections replayed one by one)",
                            slowest,
                            slowestRate,
                            chosen.size()),
                    slowestRate >= 30_000);
        }
        List<String> hot;
        Duration took;
        try (HotMethods jfr = HotMethods.start("replay")) {
            took = replay(all);
            hot = jfr.stop(12);
        }
        report.profile("Replay of every projection at once", hot);
        report.row(
                REPLAY,
                String.format(Locale.ROOT, "replay of all %d projections at once over %s", all.size(), volume),
                String.format(
                        Locale.ROOT,
                        "%,.0f events/s per projection, %,.0f projection-events/s in all (%.1f s)",
                        events / seconds(took),
                        events * all.size() / seconds(took),
                        seconds(took)),
                "");
    }

    private Duration replay(List<String> projections) throws Exception {
        long start = System.nanoTime();
        for (String projection : projections) {
            HttpResponse<String> accepted = admin.post("/api/admin/projections/" + projection + "/replay", "");
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("replay of " + projection + " answered " + accepted.statusCode());
            }
        }
        awaitProjections(Duration.ofHours(3));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * Until every projection is caught up and none replays: the admin API's own status, read in-process, because
     * polling {@code GET /api/admin/projections} with HTTP Basic spent most of the run's CPU in BCrypt (JFR).
     */
    private void awaitProjections(Duration atMost) {
        org.awaitility.Awaitility.await("projections caught up")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> parts.projections().statuses().stream().allMatch(s -> !s.replaying() && s.caughtUp()));
    }

    // --- authentication, heap, start-up ------------------------------------------------------------------------

    private void authentication(Volumes volumes) throws Exception {
        int samples = Math.max(10, volumes.readSamples());
        String api = "/api/public/track/TX-00000000";
        String page = "/public/track/TX-00000000";
        // with and without the credential in alternation, so drift in the machine's load falls on both alike
        Latencies.Summary[] api2 =
                paired(Client.anonymous(parts.base()), Client.basic(parts.base(), "staff", "demo"), api, samples);
        Latencies.Summary anonymousApi = api2[0];
        Latencies.Summary basicApi = api2[1];
        Latencies.Summary[] page2 =
                paired(Client.anonymous(parts.base()), Client.session(parts.base(), "staff", "demo"), page, samples);
        Latencies.Summary anonymousPage = page2[0];
        Latencies.Summary sessionPage = page2[1];
        report.row(
                AUTH,
                "HTTP Basic (BCrypt on every call): a public API call with and without the header",
                String.format(
                        Locale.ROOT,
                        "%.1f ms per call (p50 %.1f ms with, %.1f ms without)",
                        basicApi.p50() - anonymousApi.p50(),
                        basicApi.p50(),
                        anonymousApi.p50()),
                "goal < 1 ms");
        report.row(
                AUTH,
                "session cookie: a public page with and without the session",
                String.format(
                        Locale.ROOT,
                        "%.1f ms per call (p50 %.1f ms with, %.1f ms without)",
                        sessionPage.p50() - anonymousPage.p50(),
                        sessionPage.p50(),
                        anonymousPage.p50()),
                "");
        Latencies.Summary[] token2 = paired(
                Client.anonymous(parts.base()),
                Client.withAuthorization(parts.base(), "Bearer " + officeToken()),
                api,
                samples);
        report.row(
                AUTH,
                "personal access token (SHA-256 digest looked up): a public API call with and without the header",
                String.format(
                        Locale.ROOT,
                        "%.1f ms per call (p50 %.1f ms with, %.1f ms without)",
                        token2[1].p50() - token2[0].p50(),
                        token2[1].p50(),
                        token2[0].p50()),
                "goal < 1 ms");
        double tokenCost = token2[1].p50() - token2[0].p50();
        report.goal(
                "API authentication < 1 ms per call (personal access token)",
                String.format(Locale.ROOT, "%.1f ms per call", tokenCost),
                tokenCost < 1);
    }

    /**
     * The office's personal access token: the one given ({@code -Dtongxin.bench.bearer}) or one the office creates
     * once through {@code POST /api/tokens}, as a person does on {@code /account/tokens}.
     */
    private String officeToken() throws Exception {
        String given = System.getProperty("tongxin.bench.bearer", "");
        if (!given.isBlank()) {
            return given;
        }
        if (officeToken == null) {
            HttpResponse<String> issued = Client.basic(parts.base(), "staff", "demo")
                    .post("/api/tokens", "{\"name\":\"benchmark\",\"scope\":\"WRITE\",\"expiresInDays\":1}");
            if (issued.statusCode() != 201) {
                throw new IllegalStateException(
                        "POST /api/tokens answered " + issued.statusCode() + ": " + issued.body());
            }
            officeToken = parts.json().readTree(issued.body()).path("secret").asText();
        }
        return officeToken;
    }

    private static Latencies.Summary[] paired(Client without, Client with, String path, int samples) throws Exception {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        without.get(path);
        with.get(path);
        for (int i = 0; i < samples; i++) {
            a.time(() -> without.get(path));
            b.time(() -> with.get(path));
        }
        return new Latencies.Summary[] {a.summary(), b.summary()};
    }

    private static Latencies.Summary sample(Client client, String path, int samples) throws Exception {
        Latencies latencies = new Latencies();
        client.get(path);
        for (int i = 0; i < samples; i++) {
            latencies.time(() -> client.get(path));
        }
        return latencies.summary();
    }

    private void heap() {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        report.row(
                FOOTPRINT,
                "heap used after the load (after a full GC; the app, its caches and the harness in one JVM)",
                String.format(Locale.ROOT, "%,d MiB", used / (1024 * 1024)),
                "");
    }

    private void startup(Volumes volumes) throws Exception {
        if (!volumes.startup()) {
            report.row(FOOTPRINT, "start-up to ready of the packaged jar", "not measured in this run", "");
            return;
        }
        PackagedStart.Figures figures;
        try {
            figures = PackagedStart.measure();
        } catch (Exception e) {
            // a start that fails is a finding of its own; the rows measured before it must still reach the report
            report.row(FOOTPRINT, "start-up to ready of the packaged jar", "failed: " + e.getMessage(), "");
            return;
        }
        report.row(
                FOOTPRINT,
                "preparing the start once per build (infra/start prepare: the jar extracted, one training start on a"
                        + " throw-away database recording the class-data-sharing archive)",
                String.format(Locale.ROOT, "%.1f s", seconds(figures.prepare())),
                "");
        report.row(
                FOOTPRINT,
                "start-up to ready through infra/start (extracted jar, class-data-sharing archive), fresh data directory"
                        + " (initdb, migrations, deployment)",
                String.format(Locale.ROOT, "%.1f s", seconds(figures.fresh())),
                "");
        report.row(
                FOOTPRINT,
                "start-up to ready through infra/start (extracted jar, class-data-sharing archive), existing database",
                String.format(Locale.ROOT, "%.1f s", seconds(figures.existing())),
                String.format(
                        Locale.ROOT,
                        "java -jar of the packaged jar %.1f s · goal < 10 s",
                        seconds(figures.existingPackagedJar())));
        report.goal(
                "start-up < 10 s to ready on an existing database (infra/start, as the README starts it)",
                String.format(
                        Locale.ROOT,
                        "%.1f s (fresh data directory %.1f s; java -jar of the packaged jar %.1f s)",
                        seconds(figures.existing()),
                        seconds(figures.fresh()),
                        seconds(figures.existingPackagedJar())),
                seconds(figures.existing()) < 10);
    }

    // --- database figures --------------------------------------------------------------------------------------

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private long maxGlobalIndex() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private long clueCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = :t")
                .param("t", org.tongxin.engine.clue.ClueRegistered.class.getName())
                .query(Long.class)
                .single();
    }

    private long openTasks() {
        return parts.taskService().createTaskQuery().count();
    }

    private long databaseBytes() {
        return jdbc.sql("SELECT pg_database_size(current_database())")
                .query(Long.class)
                .single();
    }

    static double seconds(Duration d) {
        return Math.max(1e-9, d.toNanos() / 1e9);
    }

    static final class Git {

        private Git() {}

        static String head() {
            try {
                Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(git.getInputStream().readAllBytes()).trim();
                return git.waitFor() == 0 ? out : "unknown";
            } catch (Exception e) {
                return "unknown";
            }
        }
    }
}
