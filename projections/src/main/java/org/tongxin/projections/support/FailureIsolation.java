package org.tongxin.projections.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one poison event from stopping a read model. PostgreSQL aborts the whole transaction on a failed statement,
 * so a failed write would also fail the dead-letter write after it and the batch would be retried for ever. Writes
 * therefore run in a savepoint: a failure rolls back only that write, the transaction stays usable, and the event's
 * sequence goes to the group's dead-letter queue in the same transaction as the token that passes it. Other sequences
 * go on; an administrator retries or evicts the dead letters.
 */
@Component
public class FailureIsolation {

    private static final Logger log = LoggerFactory.getLogger(FailureIsolation.class);

    private final TransactionTemplate savepoint;
    // the processing configuration is built from the projections, so it is looked up when first needed
    private final ObjectProvider<EventProcessingConfiguration> processing;

    FailureIsolation(PlatformTransactionManager transactions, ObjectProvider<EventProcessingConfiguration> processing) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.processing = processing;
    }

    /** Runs {@code work} in a savepoint of the current transaction (in a transaction of its own when there is none). */
    public <T> T inSavepoint(Callable<T> work) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
            });
        } catch (Checked e) {
            throw (Exception) e.getCause();
        }
    }

    /**
     * Writes {@code items} together in a savepoint; if that fails, each on its own, and the events behind each item
     * that still fails go to the dead-letter queue of {@code group}. Outside a processor's batch (a dead letter being
     * retried, a repair) a failure is thrown as it is, so the caller's own handling applies.
     *
     * @param events the events that produced each item, in the order they were handled
     */
    public <I> void write(
            String group, Collection<I> items, Consumer<Collection<I>> writer, Map<I, List<EventMessage<?>>> events) {
        if (items.isEmpty()) {
            return;
        }
        boolean inBatch =
                CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork;
        if (!inBatch) {
            writer.accept(items);
            return;
        }
        try {
            savepoint.executeWithoutResult(s -> writer.accept(items));
            return;
        } catch (RuntimeException batchFailure) {
            log.warn("A batch of {} for {} failed; writing its items one by one", items.size(), group, batchFailure);
        }
        for (I item : items) {
            try {
                savepoint.executeWithoutResult(s -> writer.accept(List.of(item)));
            } catch (RuntimeException e) {
                deadLetter(group, events.getOrDefault(item, List.of()), e);
            }
        }
    }

    /** Puts {@code messages} at the end of their sequences in the dead-letter queue of {@code group}. */
    public void deadLetter(String group, List<EventMessage<?>> messages, Throwable cause) {
        EventProcessingConfiguration config = processing.getObject();
        SequencedDeadLetterQueue<EventMessage<?>> queue = config.deadLetterQueue(group)
                .orElseThrow(() -> new IllegalStateException("no dead-letter queue for " + group, cause));
        SequencingPolicy<? super EventMessage<?>> policy = config.sequencingPolicy(group);
        List<Object> sequences = new ArrayList<>();
        for (EventMessage<?> message : messages) {
            Object sequence = policy.getSequenceIdentifierFor(message);
            Object id = sequence == null ? message.getIdentifier() : sequence;
            queue.enqueue(id, new GenericDeadLetter<>(id, message, cause));
            sequences.add(id);
        }
        log.error(
                "Projection {} could not write events of {}; they are in its dead-letter queue",
                group,
                sequences,
                cause);
    }

    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
