package org.tongxin.processes.task;

import java.util.Objects;

/** A text in both UI languages: Chinese first (the default), English for the switch. */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }
}
