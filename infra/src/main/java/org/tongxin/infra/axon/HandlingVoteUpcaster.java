package org.tongxin.infra.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.HandlingVoteRecorded;
import org.tongxin.engine.proposal.VoteResult;

/**
 * A handling vote of revision 1 counted the votes but not the members voting, nor its result; revision 2 has both.
 * A revision 1 vote reads as one where every member voting cast a counted vote, with the result its counts give.
 */
@Component
@Order(1)
class HandlingVoteUpcaster extends SingleEventUpcaster {

    static final String FROM = "1";
    static final String TO = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return HandlingVoteRecorded.class
                        .getName()
                        .equals(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(HandlingVoteRecorded.class.getName(), TO),
                JsonNode.class,
                payload -> upcast((ObjectNode) payload));
    }

    static JsonNode upcast(ObjectNode payload) {
        int satisfied = payload.path("satisfied").asInt();
        int basically = payload.path("basicallySatisfied").asInt();
        int unsatisfied = payload.path("unsatisfied").asInt();
        int abstained = payload.path("abstained").asInt();
        payload.put("voters", satisfied + basically + unsatisfied + abstained);
        payload.put(
                "result",
                VoteResult.of(satisfied, basically, unsatisfied, abstained).name());
        return payload;
    }
}
