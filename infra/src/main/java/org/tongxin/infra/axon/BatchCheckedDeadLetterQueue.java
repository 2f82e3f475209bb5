package org.tongxin.infra.axon;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A processing group's dead-letter queue that asks the database whether it holds anything once per batch of events,
 * not once per event. Axon's dead-lettering invoker asks {@link #enqueueIfPresent} before every event, so that later
 * events of a sequence in the queue line up behind it; against the JDBC queue that is one round trip per event, which
 * was most of the time a replay of the audit log took (a JFR profile: the invoker's {@code contains} query held the
 * work package's thread far longer than the batched insert did). A queue found empty at the start of a batch stays
 * empty for that batch unless something is enqueued through this queue meanwhile (the invoker's own enqueue, or
 * {@code FailureIsolation}'s); then, and whenever the queue is not empty, every question goes to the database as
 * before. Another node cannot enqueue a sequence of a segment this node holds, so a batch's answer stays true.
 *
 * @param <M> the message
 */
final class BatchCheckedDeadLetterQueue<M extends Message<?>> implements SequencedDeadLetterQueue<M> {

    private final SequencedDeadLetterQueue<M> delegate;
    private final String resourceKey;

    BatchCheckedDeadLetterQueue(String group, SequencedDeadLetterQueue<M> delegate) {
        this.delegate = delegate;
        this.resourceKey = BatchCheckedDeadLetterQueue.class.getName() + "/" + group;
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier, Supplier<DeadLetter<? extends M>> letterBuilder) {
        if (emptyThisBatch()) {
            return false;
        }
        return delegate.enqueueIfPresent(sequenceIdentifier, letterBuilder);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        if (emptyThisBatch()) {
            return false;
        }
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends M> letter) {
        enqueued();
        delegate.enqueue(sequenceIdentifier, letter);
    }

    /** True when the queue held nothing as this batch began and nothing has been enqueued since. */
    private boolean emptyThisBatch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(resourceKey, k -> new Emptiness(delegate.amountOfSequences() == 0)).empty;
    }

    private void enqueued() {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().getOrComputeResource(resourceKey, k -> new Emptiness(false)).empty = false;
        }
    }

    @Override
    public void evict(DeadLetter<? extends M> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends M> letter, UnaryOperator<DeadLetter<? extends M>> letterUpdater) {
        enqueued();
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public Iterable<DeadLetter<? extends M>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends M>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(
            Predicate<DeadLetter<? extends M>> sequenceFilter,
            Function<DeadLetter<? extends M>, EnqueueDecision<M>> processingTask) {
        enqueued();
        return delegate.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    /** Whether the queue is empty for the batch under way; a batch's resource, so per thread. */
    private static final class Emptiness {
        boolean empty;

        Emptiness(boolean empty) {
            this.empty = empty;
        }
    }
}
