package org.tongxin.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxin.engine.consultation.OpinionSubmitted;

/**
 * An opinion of revision 1 holds its giver's {@code name}, {@code phone} and {@code consented} beside its text;
 * revision 2 holds them as one {@code giver}, which the store seals under a data subject's key. Revision 1 rows with a
 * name or phone are sealed once by the Flyway migration {@code V2026_12_03_70__SealOpinionGivers}; one that is read
 * anyway (a row the hash chain already covered, an old dump, a sample) moves its clear fields into the giver, which
 * revision 2 reads as written: there is no key to seal them with on the read path.
 */
@Component
@Order(3)
public class OpinionSubmittedSealingUpcaster extends SingleEventUpcaster {

    static final String FROM = "1";
    static final String TO = "2";
    private static final String TYPE = OpinionSubmitted.class.getName();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(TYPE, TO), JsonNode.class, payload -> upcast((ObjectNode) payload));
    }

    /** Moves the clear fields of revision 1 into the giver of revision 2; the migration shares it. */
    public static ObjectNode upcast(ObjectNode payload) {
        ObjectNode giver = payload.objectNode();
        giver.set("name", payload.remove("name"));
        giver.set("phone", payload.remove("phone"));
        JsonNode consented = payload.remove("consented");
        giver.put("consented", consented != null && consented.asBoolean(false));
        payload.set("giver", giver);
        return payload;
    }
}
