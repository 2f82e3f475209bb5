package org.tongxin.infra.persistence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no datasource URL is configured.
 *
 * @param dataDirectory where it keeps its files between runs
 * @param ephemeral a fresh, throw-away directory (tests); the data directory is then ignored
 * @param port 0 picks a free port
 */
@ConfigurationProperties("tongxin.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("0") int port) {}
