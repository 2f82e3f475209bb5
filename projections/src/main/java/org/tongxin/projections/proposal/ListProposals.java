package org.tongxin.projections.proposal;

/**
 * A page of proposals. Every criterion is optional; {@code member} matches the lead proposer or a co-signer,
 * {@code q} a substring of the title, {@code department} a department the proposal is assigned to (a department
 * officer's list holds those only).
 */
public record ListProposals(
        String status,
        String category,
        String member,
        Boolean keyProposal,
        String q,
        int page,
        int size,
        String department) {

    public ListProposals {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page ≥ 0 and 1 ≤ size ≤ 200");
        }
    }

    public ListProposals(
            String status, String category, String member, Boolean keyProposal, String q, int page, int size) {
        this(status, category, member, keyProposal, q, page, size, null);
    }
}
