package org.tongxin.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

class BatchCheckedDeadLetterQueueTest {

    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    private final InMemorySequencedDeadLetterQueue<EventMessage<?>> stored =
            InMemorySequencedDeadLetterQueue.defaultQueue();
    private final BatchCheckedDeadLetterQueue<EventMessage<?>> queue =
            new BatchCheckedDeadLetterQueue<>("audit-log", counting(stored));

    @Test
    void aBatchOfEventsAsksAnEmptyQueueOnce() {
        List<EventMessage<?>> events = events(100);

        boolean anyEnqueued = batch(events)
                .executeWithResult(() -> events.stream()
                        .map(e -> queue.enqueueIfPresent(e.getIdentifier(), () -> letter(e)))
                        .reduce(false, Boolean::logicalOr))
                .getPayload();

        assertThat(anyEnqueued).isFalse();
        assertThat(asked).containsOnly(Map.entry("amountOfSequences", 1));
    }

    @Test
    void aSequenceDeadLetteredInTheBatchHoldsItsLaterEventsBehindIt() {
        List<EventMessage<?>> events = events(2);
        EventMessage<?> later = events.get(1);

        boolean heldBack = batch(events)
                .executeWithResult(() -> {
                    queue.enqueueIfPresent("clue-1", () -> letter(events.get(0)));
                    queue.enqueue("clue-1", letter(events.get(0)));
                    return queue.enqueueIfPresent("clue-1", () -> letter(later));
                })
                .getPayload();

        assertThat(heldBack).isTrue();
        assertThat(stored.sequenceSize("clue-1")).isEqualTo(2);
    }

    @Test
    void aQueueHoldingLettersIsAskedForEveryEvent() {
        EventMessage<?> poison = events(1).get(0);
        stored.enqueue("clue-1", letter(poison));
        List<EventMessage<?>> events = events(3);

        batch(events).executeWithResult(() -> {
            events.forEach(e -> queue.enqueueIfPresent("clue-" + e.getPayload(), () -> letter(e)));
            return null;
        });

        assertThat(asked).containsEntry("enqueueIfPresent", 3);
        assertThat(stored.sequenceSize("clue-1")).isEqualTo(2);
    }

    @Test
    void outsideABatchEveryQuestionGoesToTheQueue() {
        EventMessage<?> event = events(1).get(0);

        queue.contains("clue-0");
        queue.contains("clue-0");

        assertThat(asked).containsOnly(Map.entry("contains", 2));
        assertThat(queue.enqueueIfPresent("clue-0", () -> letter(event))).isFalse();
    }

    /**
     * A processor's batch as the tasks below see it. Axon runs a batch's task once per message, so the tasks loop over
     * the events themselves inside a batch of the first.
     */
    private static BatchingUnitOfWork<EventMessage<?>> batch(List<EventMessage<?>> events) {
        return new BatchingUnitOfWork<>(List.of(events.get(0)));
    }

    private static GenericDeadLetter<EventMessage<?>> letter(EventMessage<?> event) {
        return new GenericDeadLetter<>("sequence", event, new IllegalStateException("poison"));
    }

    private static List<EventMessage<?>> events(int count) {
        return java.util.stream.IntStream.range(0, count)
                .<EventMessage<?>>mapToObj(GenericEventMessage::new)
                .toList();
    }

    /** The stored queue, counting what it is asked apart from writes. */
    @SuppressWarnings("unchecked")
    private SequencedDeadLetterQueue<EventMessage<?>> counting(SequencedDeadLetterQueue<EventMessage<?>> target) {
        return (SequencedDeadLetterQueue<EventMessage<?>>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {SequencedDeadLetterQueue.class}, (proxy, method, args) -> {
                    if (List.of("contains", "amountOfSequences", "size", "enqueueIfPresent")
                            .contains(method.getName())) {
                        asked.merge(method.getName(), 1, Integer::sum);
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
