package org.tongxin.engine.handling;

import org.tongxin.engine.shared.DepartmentCode;

/**
 * One proposal's handling by one department, {@code <proposalId>/<departmentCode>/<n>}: the number tells apart the
 * handlings a department gets for the same proposal after a reassignment sends the item back to it.
 */
public record HandlingId(String value) {

    private static final int MAX_LENGTH = 160;

    public HandlingId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("handling id must be 1.." + MAX_LENGTH + " characters");
        }
    }

    public static HandlingId of(String proposalId, DepartmentCode department, int n) {
        return new HandlingId(proposalId + "/" + department + "/" + n);
    }

    @Override
    public String toString() {
        return value;
    }
}
