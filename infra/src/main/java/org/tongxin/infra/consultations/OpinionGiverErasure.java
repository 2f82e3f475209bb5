package org.tongxin.infra.consultations;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.engine.consultation.EraseOpinionGiver;
import org.tongxin.engine.consultation.OpinionSubmitted;
import org.tongxin.engine.consultation.TopicId;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.infra.personaldata.StoredPayloads;
import org.tongxin.infra.personaldata.SubjectKeys;
import org.tongxin.infra.personaldata.SubmitterSealing;
import org.tongxin.infra.web.Conflicts;
import org.tongxin.infra.web.NotFound;

/**
 * Erases the name and phone of the person who gave a public opinion: the topic records the erasure (who, when, why —
 * it reaches the audit log and the topic's history), and the keys that sealed the giver in the stored opinion are
 * destroyed in the same transaction. The event itself is never rewritten; without its key it reads as erased.
 */
@Service
public class OpinionGiverErasure {

    private final CommandGateway commands;
    private final SubjectKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Conflicts conflicts;

    OpinionGiverErasure(
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

    /** The number of keys destroyed (one per stored copy of the opinion; none for one stored in clear). */
    public int erase(String topicId, int opinion, String reason, ActorRef by) {
        TopicId id;
        try {
            id = new TopicId(topicId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("consultation topic " + topicId);
        }
        try {
            return conflicts.retrying(() -> transaction.execute(status -> {
                commands.sendAndWait(new EraseOpinionGiver(id, opinion, reason, by));
                int destroyed = 0;
                for (String subject : subjects(id.value(), opinion)) {
                    if (keys.destroy(subject, by.userId(), reason.strip())) {
                        destroyed++;
                    }
                }
                return destroyed;
            }));
        } catch (AggregateNotFoundException e) {
            throw new NotFound("consultation topic " + topicId);
        }
    }

    /** The subjects of every stored copy of the opinion: the event store's and any dead letter's. */
    private List<String> subjects(String topicId, int opinion) {
        return StoredPayloads.of(jdbc, topicId, OpinionSubmitted.class).stream()
                .filter(event -> event.path("number").asInt() == opinion)
                .flatMap(event -> SubmitterSealing.subjectOf(event.get("giver")).stream())
                .distinct()
                .toList();
    }
}
