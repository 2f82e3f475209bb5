package org.tongxin.engine.supervision;

import java.util.Objects;

/**
 * Where a pool entry came from, kept as plain ids so the entry does not depend on the other aggregates' packages; the
 * entry's closing result is fed back to each source.
 *
 * @param id a handling id, a proposal id, a topic id or a special supervisor's finding ({@code <member>:<finding>})
 */
public record SupervisionSource(Kind kind, String id) {

    public SupervisionSource {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("a supervision source id must be 1..200 characters");
        }
    }

    public enum Kind {
        /** A department handling still unsatisfied after re-handle. */
        ESCALATED_HANDLING,
        /** A key proposal (重点提案) under supervision. */
        KEY_PROPOSAL,
        /** A consultation's follow-up. */
        CONSULTATION,
        /** A special supervisor's finding. */
        SPECIAL_SUPERVISOR_FINDING,
        /** Filed directly by the office or a leader. */
        DIRECT
    }
}
