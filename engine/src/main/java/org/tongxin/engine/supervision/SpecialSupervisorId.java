package org.tongxin.engine.supervision;

/** A committee member's record as special supervisor (特约监督员): the member's user id. */
public record SpecialSupervisorId(String value) {

    public SpecialSupervisorId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("special supervisor id must be 1..64 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
