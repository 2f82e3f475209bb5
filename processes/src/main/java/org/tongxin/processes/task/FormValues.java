package org.tongxin.processes.task;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The ids of a reference field that takes several values ({@code FormField.multiple}); validation joined them
     * with commas after resolving each, so splitting here is exact. An absent field is an empty list.
     */
    public List<String> list(String name) {
        String joined = text(name);
        return joined == null ? List.of() : List.of(joined.split(","));
    }

    /**
     * A number field as an int; a value beyond an int's range reads as the nearest bound, which the aggregate's own
     * limits then refuse with the field's rule.
     */
    public int integer(String name) {
        Object v = values.get(name);
        long n = v == null ? 0 : ((Number) v).longValue();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        return v == null ? null : Enum.valueOf(type, v);
    }
}
