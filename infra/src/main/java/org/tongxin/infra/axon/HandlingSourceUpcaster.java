package org.tongxin.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxin.engine.handling.EscalatedToSupervision;
import org.tongxin.engine.handling.HandlingClosed;
import org.tongxin.engine.handling.HandlingOpened;
import org.tongxin.engine.handling.HandlingReassigned;
import org.tongxin.engine.report.LeaderInstructionRecorded;
import org.tongxin.engine.shared.SourceKind;

/**
 * Handling events of revision 1 knew only proposals and named their item {@code proposalId}; revision 2 names the
 * handled item by kind and id. A revision 1 event reads as a proposal's: {@code proposalId} becomes {@code sourceId}
 * with {@code sourceKind} PROPOSAL, and an opened lead expects no co-handler's opinion (the process of such a handling
 * waits for the opinions' due date instead). A leader's instruction of revision 1 transferred the matter to no
 * department. Spring registers every upcaster bean in the store's chain.
 */
@Component
@Order(0)
class HandlingSourceUpcaster extends SingleEventUpcaster {

    static final String FROM = "1";
    static final String TO = "2";

    static final Set<String> TYPES = Set.of(
            HandlingOpened.class.getName(),
            HandlingClosed.class.getName(),
            HandlingReassigned.class.getName(),
            EscalatedToSupervision.class.getName(),
            LeaderInstructionRecorded.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(
                new SimpleSerializedType(type, TO), JsonNode.class, payload -> upcast(type, (ObjectNode) payload));
    }

    static JsonNode upcast(String type, ObjectNode payload) {
        if (LeaderInstructionRecorded.class.getName().equals(type)) {
            payload.putArray("handlings");
            return payload;
        }
        JsonNode proposalId = payload.remove("proposalId");
        payload.put("sourceKind", SourceKind.PROPOSAL.name());
        payload.set("sourceId", proposalId);
        if (HandlingOpened.class.getName().equals(type)) {
            payload.put("expectedOpinions", 0);
            payload.putNull("opinionsDue");
        }
        return payload;
    }
}
