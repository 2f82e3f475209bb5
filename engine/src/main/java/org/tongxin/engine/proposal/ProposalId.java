package org.tongxin.engine.proposal;

import java.util.UUID;

public record ProposalId(String value) {

    public ProposalId {
        // no '/': handling ids are "<proposalId>/<department>/<n>" and must split back unambiguously
        if (value == null || value.isBlank() || value.length() > 64 || value.contains("/")) {
            throw new IllegalArgumentException("proposal id must be 1..64 characters without '/'");
        }
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
