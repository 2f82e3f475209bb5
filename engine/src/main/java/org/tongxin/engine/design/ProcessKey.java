package org.tongxin.engine.design;

import java.util.regex.Pattern;

/** A process as BPMN names it ({@code department-handling}): lowercase words joined by hyphens. */
public record ProcessKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    public ProcessKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a process key is lowercase words joined by hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
