package org.tongxin.projections.handling;

import java.time.Instant;

/**
 * What a department's handling of a leader's instruction is about: the public-opinion report (its title, text and
 * author) and the instruction that transferred it (the leader and the instruction's text).
 */
public record InstructionSource(
        String reportId,
        String title,
        String content,
        String author,
        String leader,
        String instruction,
        Instant recordedAt) {}
