package org.tongxin.engine.supervision;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A supervision pool entry; free of '/' because it is the source id of its rectification handlings. */
public record SupervisionId(String value) {

    public SupervisionId {
        if (value == null || value.isBlank() || value.length() > 64 || value.contains("/")) {
            throw new IllegalArgumentException("supervision id must be 1..64 characters without '/'");
        }
    }

    public static SupervisionId random() {
        return new SupervisionId(UUID.randomUUID().toString());
    }

    /**
     * The entry a policy files for {@code origin}, the same every time, so a redelivered event finds the entry it
     * filed instead of filing a second one.
     */
    public static SupervisionId derivedFrom(String origin) {
        return new SupervisionId(
                UUID.nameUUIDFromBytes(origin.getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
