package org.tongxin.infra.axon;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several app nodes on one database share the pooled event processors' segments. Axon 4.13 without Axon Server does
 * not balance by itself: the first node claims every segment. Its pooled processor does ask a
 * {@link MaxSegmentProvider} how many segments it may hold on every coordination round (every token claim interval)
 * and releases any surplus for one interval, which another node then claims. This provider answers each processor's
 * fair share: its segment count divided by the live nodes, rounded up.
 *
 * <p>A node is live while it renews its {@code processor_node} row ({@code tongxin.processors.node-heartbeat}, 2 s);
 * a row older than {@code tongxin.processors.node-timeout} (10 s, the token store's claim timeout) no longer counts,
 * so when a node dies the others' shares grow and they take over its segments as its claims expire. A node joins
 * once it is ready (before that it holds no segment another node gave up for it) and leaves as it shuts down. Times
 * are the database's, so the nodes' clocks do not matter. One node alone claims every segment. Every node must have
 * at least one segment per processor to work on it: with S segments per processor, up to S nodes share the work.
 */
@Configuration(proxyBeanMethods = false)
class SegmentShare implements MaxSegmentProvider {

    private static final Logger log = LoggerFactory.getLogger(SegmentShare.class);

    /** The token store's default owner name, so a node's row and its claims name the same process. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private static final Duration LEAVING = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "processor-node-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile int otherNodes;
    private volatile boolean joined;

    SegmentShare(
            JdbcClient jdbc,
            @Value("${tongxin.processors.node-heartbeat:PT2S}") Duration heartbeat,
            @Value("${tongxin.processors.node-timeout:PT10S}") Duration timeout) {
        this.jdbc = jdbc;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    @Bean
    ConfigurerModule segmentShareModule() {
        return configurer ->
                configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(
                        (configuration, builder) -> builder.maxSegmentProvider(this)));
    }

    @Override
    public int getMaxSegments(String processor) {
        int nodes = otherNodes + 1;
        Integer count = segments.get(processor);
        if (nodes <= 1 || count == null || count == 0) {
            return Short.MAX_VALUE;
        }
        return Math.max(1, (count + nodes - 1) / nodes);
    }

    /** What the last renewal saw: how many other nodes are live and how many segments each processor has. */
    void observed(int others, Map<String, Integer> segmentsPerProcessor) {
        segments.putAll(segmentsPerProcessor);
        if (others != otherNodes) {
            log.info("{} other node(s) share the event processors' segments with this one ({})", others, NODE);
        }
        otherNodes = others;
    }

    /** Joins the nodes sharing the segments once the app is ready, and learns who else is there right away. */
    @EventListener(ApplicationReadyEvent.class)
    void join() {
        joined = true;
        renew();
        renewer.scheduleWithFixedDelay(this::renew, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Leaves as the app shuts down, so the other nodes take over at once. Waits at most {@link #LEAVING} for the
     * database: with the database gone the row goes stale by itself, and the shutdown must not wait for the pool.
     */
    @EventListener(ContextClosedEvent.class)
    void leave() throws InterruptedException {
        joined = false;
        renewer.shutdownNow();
        Thread leaving = new Thread(
                () -> {
                    try {
                        jdbc.sql("DELETE FROM processor_node WHERE node = ?")
                                .param(NODE)
                                .update();
                    } catch (RuntimeException e) {
                        log.debug("Could not remove this node's row as it stops: {}", e.toString());
                    }
                },
                "processor-node-leave");
        leaving.setDaemon(true);
        leaving.start();
        leaving.join(LEAVING.toMillis());
    }

    void renew() {
        try {
            if (joined) {
                jdbc.sql("INSERT INTO processor_node (node, seen_at) VALUES (?, now())"
                                + " ON CONFLICT (node) DO UPDATE SET seen_at = now()")
                        .param(NODE)
                        .update();
            }
            int others = jdbc.sql("SELECT count(*) FROM processor_node WHERE node <> ?"
                            + " AND seen_at > now() - make_interval(secs => ?)")
                    .param(NODE)
                    .param(timeout.toMillis() / 1000.0)
                    .query(Integer.class)
                    .single();
            Map<String, Integer> counts = new HashMap<>();
            jdbc.sql("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name")
                    .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                    .list();
            observed(others, counts);
            // rows of nodes gone for a day are only clutter
            jdbc.sql("DELETE FROM processor_node WHERE seen_at < now() - interval '1 day'")
                    .update();
        } catch (RuntimeException e) {
            // the database is unreachable: keep the last share; the processors cannot work meanwhile anyway
            log.debug("Could not renew this node's row: {}", e.toString());
        }
    }
}
