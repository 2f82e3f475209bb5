package org.tongxin.engine.shared;

import java.util.regex.Pattern;

/** A handling department's stable code, e.g. {@code transport}. */
public record DepartmentCode(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public DepartmentCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("department code must match " + FORM + ": " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
