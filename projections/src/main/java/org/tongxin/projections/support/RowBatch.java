package org.tongxin.projections.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Collects rows to append during one batch of events and writes them together when the batch commits, as
 * {@link ViewBatch} does for view values. Outside a unit of work every row is written at once.
 *
 * @param <R> the row
 */
public final class RowBatch<R> {

    private final String resourceKey;
    private final Consumer<List<R>> writer;

    public RowBatch(String name, Consumer<List<R>> writer) {
        this.resourceKey = RowBatch.class.getName() + "/" + name;
        this.writer = writer;
    }

    public void add(R row) {
        if (!CurrentUnitOfWork.isStarted()) {
            writer.accept(List.of(row));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<R> rows = root.getOrComputeResource(resourceKey, key -> {
            List<R> created = new ArrayList<>();
            root.onPrepareCommit(u -> {
                if (!created.isEmpty()) {
                    writer.accept(created);
                }
            });
            return created;
        });
        rows.add(row);
    }
}
