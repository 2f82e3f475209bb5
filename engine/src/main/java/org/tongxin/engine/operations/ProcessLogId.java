package org.tongxin.engine.operations;

import java.util.regex.Pattern;

/**
 * One process's operations record, {@code ops:<process key>} ({@code ops:proposal-lifecycle}): every retry of a failed
 * job of that process is an event in it, so the audit log lists them under the process. The prefix keeps the id apart
 * from any other aggregate a process key might name.
 */
public record ProcessLogId(String value) {

    private static final String PREFIX = "ops:";
    private static final Pattern FORMAT = Pattern.compile(PREFIX + "[A-Za-z][A-Za-z0-9_-]{0,63}");

    public ProcessLogId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a process log is named ops:<process key>, e.g. ops:proposal-lifecycle");
        }
    }

    public static ProcessLogId of(String processKey) {
        return new ProcessLogId(PREFIX + processKey);
    }

    public String processKey() {
        return value.substring(PREFIX.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
