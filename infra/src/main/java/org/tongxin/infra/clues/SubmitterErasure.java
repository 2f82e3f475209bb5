package org.tongxin.infra.clues;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.clue.ClueId;
import org.tongxin.engine.clue.ClueRegistered;
import org.tongxin.engine.clue.EraseSubmitter;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.personaldata.StoredPayloads;
import org.tongxin.infra.personaldata.SubjectKeys;
import org.tongxin.infra.personaldata.SubmitterSealing;
import org.tongxin.infra.web.Conflicts;
import org.tongxin.infra.web.NotFound;

/**
 * Erases a clue's submitter: the clue records the erasure (who, when, why — it reaches the audit log and the case's
 * history), and the keys that sealed the submitter's name and phone in the stored registration are destroyed in the
 * same transaction. The event itself is never rewritten; without its key it reads as erased.
 */
@Service
public class SubmitterErasure {

    private final CommandGateway commands;
    private final SubjectKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Conflicts conflicts;

    SubmitterErasure(
            CommandGateway commands,
            SubjectKeys keys,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Conflicts conflicts) {
        this.commands = commands;
        this.keys = keys;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.conflicts = conflicts;
    }

    /** The number of keys destroyed (one per stored copy of the submitter). */
    public int erase(String clueId, String reason, ActorRef by) {
        ClueId id;
        try {
            id = new ClueId(clueId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("clue " + clueId);
        }
        try {
            return conflicts.retrying(() -> transaction.execute(status -> {
                commands.sendAndWait(new EraseSubmitter(id, reason, by));
                int destroyed = 0;
                for (String subject : subjects(id.value())) {
                    if (keys.destroy(subject, by.userId(), reason.strip())) {
                        destroyed++;
                    }
                }
                return destroyed;
            }));
        } catch (AggregateNotFoundException e) {
            throw new NotFound("clue " + clueId);
        }
    }

    /** The subjects of every stored copy of the clue's registration: the event store's and any dead letter's. */
    private List<String> subjects(String clueId) {
        return StoredPayloads.of(jdbc, clueId, ClueRegistered.class).stream()
                .flatMap(event -> SubmitterSealing.subjectOf(event.get("submitter")).stream())
                .distinct()
                .toList();
    }
}
