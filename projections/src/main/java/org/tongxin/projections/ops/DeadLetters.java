package org.tongxin.projections.ops;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The read models' dead-letter queues for administrators: what waits, retrying a sequence through the projection's
 * handlers, and evicting it (the events stay in the event store; a replay or the reconciliation brings them back).
 */
@Component
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    public List<DeadLetterSequence> list() {
        List<DeadLetterSequence> all = new ArrayList<>();
        for (String group : ProjectionOperations.GROUPS) {
            SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence :
                    transactions.fetchInTransaction(() -> copy(queue.deadLetters()))) {
                List<DeadLetter<? extends EventMessage<?>>> letters = copy(sequence);
                if (letters.isEmpty()) {
                    continue;
                }
                DeadLetter<? extends EventMessage<?>> first = letters.get(0);
                EventMessage<?> message = first.message();
                String id = message instanceof DomainEventMessage<?> d
                        ? d.getAggregateIdentifier()
                        : message.getIdentifier();
                all.add(new DeadLetterSequence(
                        group,
                        key(id),
                        id,
                        letters.size(),
                        message.getPayloadType().getSimpleName(),
                        message instanceof DomainEventMessage<?> d ? d.getType() : null,
                        message instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null,
                        first.enqueuedAt(),
                        first.lastTouched(),
                        first.cause().map(c -> c.message()).orElse(null)));
            }
        }
        return all;
    }

    /** Handles the sequence's events again, oldest first; true when all went through and the sequence is gone. */
    public boolean retry(String group, String key) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        String sequence = sequence(key);
        List<DeadLetter<? extends EventMessage<?>>> letters =
                transactions.fetchInTransaction(() -> copy(queue.deadLetterSequence(sequence)));
        if (letters.isEmpty()) {
            throw new UnknownDeadLetter(group, key);
        }
        String head = letters.get(0).message().getIdentifier();
        var processor = processing.sequencedDeadLetterProcessor(group).orElseThrow(() -> new UnknownProjection(group));
        boolean done;
        try {
            done = processor.process(letter -> letter.message().getIdentifier().equals(head));
        } catch (RuntimeException e) {
            // A failed retry rolls back the transaction it joined (so the letter stays exactly as it was) and Axon
            // reports that as an exceptional result rather than as false.
            log.warn("Retrying dead letters of {} in {} failed again", sequence, group, e);
            done = false;
        }
        log.info("Retried dead letters of {} in {}: {}", sequence, group, done ? "handled" : "still failing");
        return done && !transactions.fetchInTransaction(() -> queue.contains(sequence));
    }

    /** Removes the sequence from the queue; returns the number of events removed. */
    public int evict(String group, String key) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        String sequence = sequence(key);
        int evicted = transactions.fetchInTransaction(() -> {
            List<DeadLetter<? extends EventMessage<?>>> letters = copy(queue.deadLetterSequence(sequence));
            letters.forEach(queue::evict);
            return letters.size();
        });
        if (evicted == 0) {
            throw new UnknownDeadLetter(group, key);
        }
        log.warn("Evicted {} dead letters of {} from {}", evicted, sequence, group);
        return evicted;
    }

    static String key(String sequence) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sequence.getBytes(StandardCharsets.UTF_8));
    }

    private static String sequence(String key) {
        try {
            return new String(Base64.getUrlDecoder().decode(key), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UnknownDeadLetter("", key);
        }
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!ProjectionOperations.GROUPS.contains(group)) {
            throw new UnknownProjection(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownProjection(group));
    }

    private static <T> List<T> copy(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        for (Iterator<T> i = items.iterator(); i.hasNext(); ) {
            list.add(i.next());
        }
        return list;
    }
}
