package org.tongxin.engine.bulletin;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.tongxin.engine.shared.Role;
import org.tongxin.engine.shared.RuleViolation;

/** An issue of the bulletin: compiled once, then published once. */
@AggregateRoot
class Bulletin {

    static final int MAX_REPORTS = 50;
    static final int NOTE_MAX = 2000;

    @AggregateIdentifier
    private BulletinId id;

    private List<String> reports;
    private boolean published;

    protected Bulletin() {
        // for Axon's event sourcing
    }

    @CommandHandler
    Bulletin(CompileBulletin command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        List<String> reports = command.reports();
        if (reports.isEmpty()) {
            throw new RuleViolation(BulletinRule.NO_REPORTS);
        }
        if (new HashSet<>(reports).size() != reports.size()) {
            throw new RuleViolation(BulletinRule.REPORT_TWICE);
        }
        if (reports.size() > MAX_REPORTS) {
            throw new RuleViolation(BulletinRule.TOO_MANY_REPORTS);
        }
        String note = command.editorNote() == null ? "" : command.editorNote().strip();
        if (note.codePointCount(0, note.length()) > NOTE_MAX) {
            throw new RuleViolation(BulletinRule.NOTE_TOO_LONG);
        }
        String[] parts = command.bulletinId().value().split("-");
        apply(new BulletinCompiled(
                command.bulletinId(),
                Integer.parseInt(parts[0]),
                Integer.parseInt(parts[1]),
                command.bulletinId().label(),
                note,
                reports,
                command.by(),
                clock.instant()));
    }

    @CommandHandler
    void handle(PublishBulletin command, Clock clock) {
        RuleViolation.requireRole(command.by(), Role.STAFF);
        if (published) {
            throw new RuleViolation(BulletinRule.ALREADY_PUBLISHED);
        }
        if (command.recipients().isEmpty()
                || new HashSet<>(command.recipients()).size()
                        != command.recipients().size()) {
            throw new RuleViolation(BulletinRule.NO_RECIPIENTS);
        }
        apply(new BulletinPublished(id, command.recipients(), reports, command.by(), clock.instant()));
    }

    @EventSourcingHandler
    void on(BulletinCompiled event) {
        id = event.bulletinId();
        reports = event.reports();
    }

    @EventSourcingHandler
    void on(BulletinPublished event) {
        published = true;
    }
}
