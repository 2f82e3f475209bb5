package org.tongxin.infra.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Camunda's schema with the PostgreSQL scripts shipped in the engine jar, as one Flyway migration. Flyway
 * then owns every table, so indexes Camunda lacks can follow as ordinary migrations and a production database is
 * never altered by the engine itself. A Camunda upgrade adds a migration that runs that version's upgrade scripts.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";
    private static final List<String> PARTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.11.21.02");
    }

    @Override
    public String getDescription() {
        return "camunda 7.24 schema";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String part : PARTS) {
            try (InputStream in = script(part).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(context.getConnection(), script(part));
        }
    }

    private static ClassPathResource script(String part) {
        return new ClassPathResource(SCRIPTS.formatted(part));
    }
}
