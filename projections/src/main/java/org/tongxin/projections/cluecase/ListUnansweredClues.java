package org.tongxin.projections.cluecase;

import java.time.Instant;

/**
 * The clues that break 件件有回应: not closed, or closed without their submitter hearing of an outcome (a declined clue
 * counts as answered: the decline says where it went). {@code registeredBefore} leaves out clues too young to judge.
 */
public record ListUnansweredClues(Instant registeredBefore, int page, int size) {

    public ListUnansweredClues {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page ≥ 0 and 1 ≤ size ≤ 200");
        }
    }
}
