package org.tongxin.infra.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway's migration, followed, when {@code tongxin.backup.restore-from} names a backup directory, by loading that
 * backup ({@link DatabaseBackup}). It runs before the process engine, the event processors and the demo data touch
 * the database, so the restored database is exactly the backup; afterwards the app starts as usual.
 */
@Component
class RestoringMigrationStrategy implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RestoringMigrationStrategy.class);

    private final DataSource dataSource;
    private final String restoreFrom;

    RestoringMigrationStrategy(DataSource dataSource, @Value("${tongxin.backup.restore-from:}") String restoreFrom) {
        this.dataSource = dataSource;
        this.restoreFrom = restoreFrom;
    }

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
        if (restoreFrom.isBlank()) {
            return;
        }
        Path directory = Path.of(restoreFrom);
        try (Connection c = dataSource.getConnection()) {
            DatabaseBackup.restore(c, directory);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Restoring the backup in " + directory + " failed; nothing was restored", e);
        }
        log.info("Restored the backup in {}", directory.toAbsolutePath());
    }
}
