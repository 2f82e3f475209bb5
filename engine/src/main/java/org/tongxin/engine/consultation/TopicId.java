package org.tongxin.engine.consultation;

import java.util.UUID;

public record TopicId(String value) {

    public TopicId {
        if (value == null || value.isBlank() || value.length() > 60 || value.contains("/") || value.contains(".")) {
            throw new IllegalArgumentException("topic id must be 1..60 characters without '/' or '.'");
        }
    }

    public static TopicId random() {
        return new TopicId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
