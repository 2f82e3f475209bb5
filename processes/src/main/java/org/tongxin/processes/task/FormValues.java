package org.tongxin.processes.task;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A form body that passed its definition's validation. */
public record FormValues(Map<String, Object> values) {

    public FormValues {
        values = Map.copyOf(values);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    public Optional<String> optionalText(String name) {
        return Optional.ofNullable(text(name));
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
