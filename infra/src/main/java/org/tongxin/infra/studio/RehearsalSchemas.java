package org.tongxin.infra.studio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.processes.studio.ThrowAwaySchema;

/**
 * Schemas for rehearsals in the product's own PostgreSQL (the only store it runs on): each one created under a
 * fresh name, reached through a small pool of its own whose connections see only that schema — so the rehearsal
 * engine's tables never mix with the live engine's, and the live pool's connections never change their search path
 * — and dropped with everything in it when the rehearsal ends.
 *
 * <p>A JVM that dies mid-rehearsal cannot drop its schema. So each rehearsal holds a PostgreSQL advisory lock on its
 * schema's name for as long as it runs, on a connection of its own: the database releases it when that connection
 * goes, however the JVM ended. At start-up every {@code rehearsal_*} schema whose lock can be taken belongs to no
 * running rehearsal, on this node or another, and is dropped.
 */
@Component
class RehearsalSchemas implements Supplier<ThrowAwaySchema> {

    static final String PREFIX = "rehearsal_";

    /** The advisory locks' first key, so they never meet another feature's locks: "RH" in ASCII. */
    private static final int LOCK_CLASS = 0x5248;

    private static final Logger log = LoggerFactory.getLogger(RehearsalSchemas.class);

    private final DataSource live;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RehearsalSchemas(DataSource live, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.live = live;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public ThrowAwaySchema get() {
        HikariDataSource hikari;
        try {
            hikari = live.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("rehearsals need the product's connection pool to reach PostgreSQL", e);
        }
        String name = PREFIX
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        Connection guard = guard(hikari, name);
        try {
            jdbc.sql("CREATE SCHEMA " + name).update();
        } catch (RuntimeException e) {
            closeQuietly(guard);
            throw e;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(hikari.getJdbcUrl());
        config.setUsername(hikari.getUsername());
        config.setPassword(hikari.getPassword());
        config.setSchema(name);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName(name);
        HikariDataSource pool = new HikariDataSource(config);
        return new ThrowAwaySchema() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DataSource dataSource() {
                return pool;
            }

            @Override
            public void close() {
                try {
                    pool.close();
                    jdbc.sql("DROP SCHEMA IF EXISTS " + name + " CASCADE").update();
                } finally {
                    closeQuietly(guard);
                }
            }
        };
    }

    /** Drops every rehearsal schema that no running rehearsal holds; the names dropped. */
    @EventListener(ApplicationReadyEvent.class)
    public List<String> dropStale() {
        List<String> found = jdbc.sql("SELECT schema_name FROM information_schema.schemata"
                        + " WHERE schema_name LIKE 'rehearsal\\_%' ORDER BY schema_name")
                .query(String.class)
                .list();
        List<String> dropped = new ArrayList<>();
        for (String name : found) {
            // the transaction-scoped lock is taken only when no rehearsal's session holds it, and goes with the drop
            Boolean stale = transactions.execute(status -> {
                boolean free = jdbc.sql("SELECT pg_try_advisory_xact_lock(:class, hashtext(:name))")
                        .param("class", LOCK_CLASS)
                        .param("name", name)
                        .query(Boolean.class)
                        .single();
                if (free) {
                    jdbc.sql("DROP SCHEMA IF EXISTS " + quoted(name) + " CASCADE")
                            .update();
                }
                return free;
            });
            if (Boolean.TRUE.equals(stale)) {
                dropped.add(name);
            }
        }
        if (!dropped.isEmpty()) {
            log.info(
                    "Dropped {} rehearsal schemas left behind by rehearsals that never ended: {}",
                    dropped.size(),
                    dropped);
        }
        return dropped;
    }

    /** A connection of its own, outside every pool, holding the schema's lock until it is closed. */
    private static Connection guard(HikariDataSource hikari, String name) {
        try {
            Connection connection =
                    DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?, hashtext(?))")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setString(2, name);
                lock.execute();
            } catch (SQLException e) {
                closeQuietly(connection);
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the rehearsal's schema", e);
        }
    }

    /** A schema name as an identifier: names come from the catalogue, so quote them whatever they hold. */
    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a rehearsal's lock connection failed; the database drops the lock with it", e);
        }
    }
}
