package org.tongxin.projections.consultation;

/** The topics made from a clue (lineage, case page), answered with a {@code List<TopicView>}. */
public record FindTopicsOfClue(String clueId) {}
