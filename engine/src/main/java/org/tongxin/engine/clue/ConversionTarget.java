package org.tongxin.engine.clue;

/** What a clue became downstream; the target's id is recorded with it for lineage. */
public enum ConversionTarget {
    PROPOSAL,
    CONSULTATION_TOPIC,
    PUBLIC_OPINION_REPORT
}
