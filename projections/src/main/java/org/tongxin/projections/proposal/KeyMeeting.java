package org.tongxin.projections.proposal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A 督办 meeting held on a key proposal: when, who took part, the departments met with, and what was agreed. */
public record KeyMeeting(
        LocalDate heldOn,
        String participants,
        List<String> departments,
        String agreed,
        String recordedBy,
        Instant recordedAt) {}
