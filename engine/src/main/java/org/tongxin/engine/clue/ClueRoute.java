package org.tongxin.engine.clue;

/** What classification decides a clue becomes. */
public enum ClueRoute {
    /** Published to members, who may adopt it and draft a proposal. */
    PUBLISH_FOR_ADOPTION,
    CONSULTATION_TOPIC,
    PUBLIC_OPINION_REPORT,
    DECLINE,
    MERGE
}
