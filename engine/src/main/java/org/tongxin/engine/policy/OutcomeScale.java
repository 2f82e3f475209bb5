package org.tongxin.engine.policy;

/** What a reply states besides its text, by the kind of item handled. */
public enum OutcomeScale {
    /** An outcome class A/B/C/D ({@code OutcomeClass}), as for proposals. */
    CLASSES,
    /** The measures taken, in the text only: no class is given. */
    MEASURES,
    /**
     * Adopted, partly adopted, not adopted with a reason, or already done, with the measures and their planned date:
     * the item's own aggregate records the scale (a consultation suggestion's topic); the reply states no class.
     */
    ADOPTION,

    /** What was rectified and the evidence for it (整改情况与佐证), verified by the supervision team: no class. */
    RECTIFICATION
}
