package org.tongxin.engine.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One department's handling as history recorded it, for trying other deadline rules on it: when it was assigned,
 * whether it was a key proposal, and when the department first replied (null while it has not).
 */
public record PastHandling(String department, LocalDate assignedOn, boolean keyProposal, LocalDate repliedOn) {

    public PastHandling {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(assignedOn, "assignedOn");
    }
}
