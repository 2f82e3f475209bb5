package org.tongxin.projections.mywork;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.tongxin.projections.support.EventFacts;
import org.tongxin.projections.support.FailureIsolation;
import org.tongxin.projections.support.RowBatch;

/**
 * Records every completed task from the events it caused: a task completion stamps {@code taskId} and
 * {@code taskKey} on its commands' metadata, and the events carry them on. Open tasks are the process engine's.
 */
@Component
@ProcessingGroup(MyWorkProjection.GROUP)
public class MyWorkProjection {

    public static final String GROUP = "my-work";

    private final MyWorkRepository repository;
    private final RowBatch<MyWorkRepository.Row> rows;

    MyWorkProjection(MyWorkRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.rows = new RowBatch<>(GROUP, "completed_task", repository::recordAll, isolation);
    }

    /**
     * Takes the message rather than its payload, and looks at the metadata first: most events complete no task, and
     * their payload is then never deserialized (a replay of my work spent its time reading events it did not keep).
     */
    @EventHandler
    void on(EventMessage<?> message, TrackingToken token) {
        Object taskId = message.getMetaData().get("taskId");
        if (taskId == null) {
            return;
        }
        EventFacts facts = EventFacts.of(message);
        if (facts.actorId() == null) {
            return;
        }
        Long tokenPosition = token == null || token.position().isEmpty()
                ? null
                : token.position().getAsLong();
        Object taskKey = message.getMetaData().get("taskKey");
        CompletedTask task = new CompletedTask(
                taskId.toString(),
                taskKey == null ? null : taskKey.toString(),
                facts.actorId(),
                facts.actorRole(),
                facts.department(),
                facts.aggregateType(),
                facts.aggregateId(),
                facts.eventType(),
                facts.summary(),
                facts.time());
        rows.add(new MyWorkRepository.Row(task, facts.eventId(), tokenPosition));
    }

    @ResetHandler
    void reset() {
        repository.clear();
    }

    @QueryHandler
    CompletedTaskPage handle(ListCompletedTasks query) {
        return repository.list(query);
    }
}
