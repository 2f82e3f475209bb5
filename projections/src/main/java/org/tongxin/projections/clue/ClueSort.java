package org.tongxin.projections.clue;

/** The orders a clue list can have; a closed set, so no client text reaches the SQL. */
public enum ClueSort {
    NEWEST("registered_at DESC, clue_id"),
    OLDEST("registered_at ASC, clue_id"),
    TITLE("title ASC, clue_id"),
    STATUS("status ASC, registered_at DESC, clue_id");

    final String orderBy;

    ClueSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
