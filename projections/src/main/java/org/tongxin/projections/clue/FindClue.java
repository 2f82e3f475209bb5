package org.tongxin.projections.clue;

/**
 * One clue by id; answered with an optional {@link ClueSummary}. With a {@code department}, only a clue that became
 * a proposal assigned to it is found (a department officer's reads); null finds any.
 */
public record FindClue(String clueId, String department) {

    /** Any clue: for the office's reads and for those whose caller has checked access already. */
    public FindClue(String clueId) {
        this(clueId, null);
    }
}
