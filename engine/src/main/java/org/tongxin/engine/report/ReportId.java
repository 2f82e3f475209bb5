package org.tongxin.engine.report;

import java.util.UUID;

public record ReportId(String value) {

    public ReportId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("report id must be 1..64 characters");
        }
    }

    public static ReportId random() {
        return new ReportId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
