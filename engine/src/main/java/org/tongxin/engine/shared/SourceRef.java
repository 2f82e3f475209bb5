package org.tongxin.engine.shared;

import java.util.Objects;

/**
 * The item a department handles: its kind and its id in that kind's aggregate (a proposal id, a report id…). The id
 * holds no '/' because it is the first part of a {@link HandlingId}.
 */
public record SourceRef(SourceKind kind, String id) {

    private static final int MAX_ID_LENGTH = 64;

    public SourceRef {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || id.contains("/")) {
            throw new IllegalArgumentException("a source id must be 1.." + MAX_ID_LENGTH + " characters without '/'");
        }
    }

    public static SourceRef proposal(String proposalId) {
        return new SourceRef(SourceKind.PROPOSAL, proposalId);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
