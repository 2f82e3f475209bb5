package org.tongxin.projections.support;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects rows to append during one batch of events and writes them together when the batch commits, as
 * {@link ViewBatch} does for view values, through {@link FailureIsolation}: a row that cannot be written sends its
 * event to the group's dead-letter queue. Outside a unit of work every row is written at once.
 *
 * @param <R> the row
 */
public final class RowBatch<R> {

    private final String group;
    private final String resourceKey;
    private final Consumer<List<R>> writer;
    private final FailureIsolation isolation;

    public RowBatch(String group, String name, Consumer<List<R>> writer, FailureIsolation isolation) {
        this.group = group;
        this.resourceKey = RowBatch.class.getName() + "/" + group + "/" + name;
        this.writer = writer;
        this.isolation = isolation;
    }

    public void add(R row) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.accept(List.of(row));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Pending<R> pending = root.getOrComputeResource(resourceKey, key -> {
            Pending<R> created = new Pending<>();
            root.onPrepareCommit(u ->
                    isolation.write(group, created.rows, batch -> writer.accept(List.copyOf(batch)), created.events));
            return created;
        });
        pending.rows.add(row);
        if (CurrentUnitOfWork.get().getMessage() instanceof EventMessage<?> message) {
            pending.events.put(row, List.of(message));
        }
    }

    private static final class Pending<R> {
        final List<R> rows = new ArrayList<>();
        final Map<R, List<EventMessage<?>>> events = new IdentityHashMap<>();
    }
}
