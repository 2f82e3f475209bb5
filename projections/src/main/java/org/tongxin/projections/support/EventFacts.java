package org.tongxin.projections.support;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.Phrase;

/**
 * What the history and the audit log say of one event: who (from the metadata the command's actor was copied into),
 * when, which aggregate, what (a {@link Phrase}, rendered in the reader's language). {@code department} is the acting officer's, else the department a handling belongs to.
 */
public record EventFacts(
        String eventId,
        Instant time,
        String actorId,
        String actorRole,
        String department,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String eventType,
        Phrase summary) {

    public static EventFacts of(EventMessage<?> message) {
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        String department = text(message.getMetaData().get("department"));
        if (department == null && "Handling".equals(aggregateType) && HandlingId.isHandlingId(aggregateId)) {
            department = new HandlingId(aggregateId).department().value();
        }
        return new EventFacts(
                message.getIdentifier(),
                message.getTimestamp(),
                text(message.getMetaData().get("actorId")),
                text(message.getMetaData().get("actorRole")),
                department,
                aggregateType,
                aggregateId,
                sequence,
                message.getPayloadType().getSimpleName(),
                EventDescriptions.describe(message.getPayload()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
