package org.tongxin.processes.proposal;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.tongxin.engine.proposal.AssignedHandling;
import org.tongxin.engine.shared.HandlingRole;
import org.tongxin.processes.deadline.ProcessLists;

/**
 * The {@code ${handlingRefs.…}} bean. A handling travels through the proposal's multi-instance call as one text
 * reference {@code id;department;role;leadHandlingId} — ids only, no serialised objects in the process — and the call
 * activity splits it into the department-handling's variables.
 */
@Component("handlingRefs")
public class HandlingRefs {

    public static String descriptor(AssignedHandling handling, String leadHandlingId) {
        return String.join(
                ";",
                handling.handlingId(),
                handling.department().value(),
                handling.role().name(),
                Objects.requireNonNullElse(leadHandlingId, ""));
    }

    /** The descriptors of an assignment, comma-separated; co-handlers point at the lead's handling. */
    public static String descriptors(List<AssignedHandling> handlings) {
        String lead = handlings.stream()
                .filter(h -> h.role() == HandlingRole.LEAD)
                .map(AssignedHandling::handlingId)
                .findFirst()
                .orElse(null);
        return ProcessLists.join(handlings.stream()
                .map(h -> descriptor(h, h.role() == HandlingRole.CO ? lead : null))
                .toList());
    }

    public String id(String descriptor) {
        return part(descriptor, 0);
    }

    public String department(String descriptor) {
        return part(descriptor, 1);
    }

    public String role(String descriptor) {
        return part(descriptor, 2);
    }

    /** The lead's handling id for a co-handler, else null. */
    public String lead(String descriptor) {
        String lead = part(descriptor, 3);
        return lead.isEmpty() ? null : lead;
    }

    /** How many co-handlers' opinions the lead waits for. */
    public int coHandlers(String descriptors) {
        return (int) ProcessLists.values(descriptors).stream()
                .filter(d -> HandlingRole.CO.name().equals(role(d)))
                .count();
    }

    private static String part(String descriptor, int index) {
        String[] parts = descriptor.split(";", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a handling reference: " + descriptor);
        }
        return parts[index];
    }
}
