package org.tongxin.infra.studio;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.design.ProcessKey;
import org.tongxin.engine.design.RecordDeployment;
import org.tongxin.engine.design.RecordMigration;
import org.tongxin.engine.design.RecordRehearsal;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.studio.VersionDiff;

/** Records the studio's changes as events of the process's design, which the audit log lists with who and what. */
@Component
class StudioAudit {

    private final CommandGateway commands;
    private final UserAccounts accounts;

    StudioAudit(CommandGateway commands, UserAccounts accounts) {
        this.commands = commands;
        this.accounts = accounts;
    }

    void deployed(String key, int version, int previous, String title, VersionDiff.Changes changes, TongxinUser by) {
        commands.sendAndWait(new RecordDeployment(
                new ProcessKey(key),
                version,
                previous,
                title,
                changes.added().size(),
                changes.removed().size(),
                changes.changed().size(),
                by.actor()));
    }

    void migrated(String key, int from, int to, int migrated, int failed, TongxinUser by) {
        commands.sendAndWait(new RecordMigration(new ProcessKey(key), from, to, migrated, failed, by.actor()));
    }

    void rehearsed(String key, String title, int same, int different, int stuck, TongxinUser by) {
        commands.sendAndWait(new RecordRehearsal(new ProcessKey(key), title, same, different, stuck, by.actor()));
    }

    /** A batch recorded when it is over, as the designer who started it. */
    void migratedBy(String key, int from, int to, int migrated, int failed, String startedBy) {
        migrated(key, from, to, migrated, failed, accounts.loadUserByUsername(startedBy));
    }
}
