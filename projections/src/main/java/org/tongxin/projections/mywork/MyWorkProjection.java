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

/**
 * Records every completed task from the events it caused: a task completion stamps {@code taskId} and
 * {@code taskKey} on its commands' metadata, and the events carry them on. Open tasks are the process engine's.
 */
@Component
@ProcessingGroup(MyWorkProjection.GROUP)
public class MyWorkProjection {

    public static final String GROUP = "my-work";

    private final MyWorkRepository repository;
    private final FailureIsolation isolation;

    MyWorkProjection(MyWorkRepository repository, FailureIsolation isolation) {
        this.repository = repository;
        this.isolation = isolation;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) throws Exception {
        Object taskId = message.getMetaData().get("taskId");
        EventFacts facts = EventFacts.of(message);
        if (taskId == null || facts.actorId() == null) {
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
        // in a savepoint, so a failed write leaves the batch usable for its dead letter
        isolation.inSavepoint(() -> {
            repository.record(task, facts.eventId(), tokenPosition);
            return null;
        });
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
