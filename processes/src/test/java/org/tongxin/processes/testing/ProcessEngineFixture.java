package org.tongxin.processes.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.tongxin.engine.calendar.WorkingDayCalendar;
import org.tongxin.engine.policy.DeadlinePolicy;
import org.tongxin.processes.deadline.Deadlines;
import org.tongxin.processes.studio.ThrowAwaySchema;

/**
 * One process engine for the engine-level process tests: Camunda on the embedded PostgreSQL (the only store the
 * product runs on), with Spin for the JSON list variables, no job executor (tests run timers themselves), and the
 * expression beans each test registers in place of the Spring context. Started once per test JVM.
 */
public final class ProcessEngineFixture {

    /** The committee's time zone, as the application configures it. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<Object, Object> BEANS = new HashMap<>();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static ProcessEngine engine;
    private static EmbeddedPostgres postgres;

    private ProcessEngineFixture() {}

    /** The extension for a test class; deployments named by {@code @Deployment} are removed after each test. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    /**
     * Makes beans resolvable from expressions ({@code ${deadlines…}}, delegate expressions) for the next test; the
     * {@code deadlines} bean is always there, on the default policy and calendar.
     */
    public static void register(Map<String, ?> beans) {
        engine();
        synchronized (BEANS) {
            BEANS.clear();
            BEANS.put("deadlines", deadlines());
            BEANS.putAll(beans);
        }
    }

    public static Deadlines deadlines() {
        return new Deadlines(DeadlinePolicy.defaults(), WorkingDayCalendar.loadDefault(), ZONE);
    }

    /** Camunda's assertions on a process instance ({@code isWaitingAt}, {@code hasPassed}, {@code isEnded}). */
    public static ProcessInstanceAssert assertThatProcess(ProcessInstance instance) {
        return BpmnAwareTests.assertThat(instance);
    }

    private static synchronized ProcessEngine engine() {
        if (engine == null) {
            postgres = startPostgres();
            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("processes-engine-test");
            configuration.setDataSource(postgres.getPostgresDatabase());
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setEnforceHistoryTimeToLive(true);
            configuration.setBeans(BEANS);
            configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
            engine = configuration.buildProcessEngine();
            AbstractAssertions.init(engine);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                engine.close();
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return engine;
    }

    /** A fresh schema in the same embedded PostgreSQL, dropped when closed, as the studio's rehearsals use. */
    public static ThrowAwaySchema throwAwaySchema() {
        engine();
        String name = "rehearsal_test_" + SCHEMAS.incrementAndGet();
        execute("CREATE SCHEMA " + name);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setCurrentSchema(name);
        return new ThrowAwaySchema() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DataSource dataSource() {
                return dataSource;
            }

            @Override
            public void close() {
                execute("DROP SCHEMA " + name + " CASCADE");
            }
        };
    }

    /** The schemas of the embedded PostgreSQL whose name starts with {@code prefix}. */
    public static List<String> schemas(String prefix) {
        engine();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ?")) {
            s.setString(1, prefix + "%");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }
}
