package org.tongxin.projections.similar;

/** The kinds of item the similarity index holds. */
public enum ItemKind {
    CLUE,
    PROPOSAL,
    REPORT
}
