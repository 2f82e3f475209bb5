package org.tongxin.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxin.engine.clue.ClueRegistered;

/**
 * A clue's registration of revision 1 holds its submitter's name and phone in clear; revision 2 holds them sealed
 * under a data subject's key. Revision 1 rows in the store are sealed once by the Flyway migration
 * {@code V2026_12_02_82__SealSubmitters}; one that is read anyway (a dump taken before it, a sample) keeps its clear
 * submitter, which revision 2 reads as written: there is no key to seal it with on the read path, and making one there
 * would leave a key nobody's erasure finds.
 */
@Component
@Order(2)
class ClueRegisteredSealingUpcaster extends SingleEventUpcaster {

    static final String FROM = "1";
    static final String TO = "2";
    private static final String TYPE = ClueRegistered.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, TO), JsonNode.class, payload -> payload);
    }
}
