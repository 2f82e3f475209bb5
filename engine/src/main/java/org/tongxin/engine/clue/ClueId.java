package org.tongxin.engine.clue;

import java.util.UUID;

public record ClueId(String value) {

    public ClueId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("clue id must be 1..64 characters");
        }
    }

    public static ClueId random() {
        return new ClueId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
