package org.tongxin.infra.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no datasource is configured. It is a Spring bean that the DataSource
 * depends on, so Spring closes it after everything that uses the database has stopped; its own JVM shutdown hook
 * is off, or Camunda would wait for a connection that is already gone.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "tongxin";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                // zonky turns durability off for speed; this is the product's database, so turn it back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Far below Axon's 60 s gap timeout: a transaction left open must not make projections skip events.
                .setServerConfig("idle_in_transaction_session_timeout", "30s")
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (!properties.ephemeral()) {
            Path dir = properties.dataDirectory().toAbsolutePath().normalize();
            Files.createDirectories(dir);
            // A JVM killed with kill -9 leaves its postmaster running on this directory; stop it before starting.
            new OrphanedPostmaster(dir, Duration.ofSeconds(60)).clear();
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL keeps its data in {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(
            EmbeddedPostgres postgres, @Value("${spring.datasource.hikari.connection-init-sql:}") String initSql)
            throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        config.setUsername("postgres");
        config.setPoolName("tongxin-embedded");
        config.setMaximumPoolSize(20);
        // the same per-connection timeouts as an external database gets from spring.datasource.hikari (readside)
        if (!initSql.isBlank()) {
            config.setConnectionInitSql(initSql);
        }
        // As spring.datasource.hikari.* for an external database: fail fast when the database is gone.
        config.setConnectionTimeout(Duration.ofSeconds(3).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(1).toMillis());
        return new HikariDataSource(config);
    }
}
