package org.tongxin.infra.studio;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongxin.processes.studio.ThrowAwaySchema;

/**
 * Schemas for rehearsals in the product's own PostgreSQL (the only store it runs on): each one created under a
 * fresh name, reached through a small pool of its own whose connections see only that schema — so the rehearsal
 * engine's tables never mix with the live engine's, and the live pool's connections never change their search path
 * — and dropped with everything in it when the rehearsal ends.
 */
@Component
class RehearsalSchemas implements Supplier<ThrowAwaySchema> {

    static final String PREFIX = "rehearsal_";

    private final DataSource live;
    private final JdbcClient jdbc;

    RehearsalSchemas(DataSource live, JdbcClient jdbc) {
        this.live = live;
        this.jdbc = jdbc;
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
        jdbc.sql("CREATE SCHEMA " + name).update();
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
                pool.close();
                jdbc.sql("DROP SCHEMA IF EXISTS " + name + " CASCADE").update();
            }
        };
    }
}
