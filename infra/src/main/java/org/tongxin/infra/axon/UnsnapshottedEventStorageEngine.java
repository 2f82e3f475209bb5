package org.tongxin.infra.axon;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event store without the snapshot read. No aggregate here is snapshotted (their streams are a few dozen
 * events at most), yet Axon asks the snapshot table before every aggregate load: one round trip per command that found
 * nothing, every time (ADR 38). Should an aggregate ever be snapshotted, this class goes.
 */
class UnsnapshottedEventStorageEngine extends JdbcEventStorageEngine {

    UnsnapshottedEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
