package org.tongxin.processes.task;

import java.util.List;
import java.util.Objects;

/**
 * One field of a task form. {@code requiredWhen} names another field and the value that makes this one required
 * (e.g. a decline ground is required when the route is DECLINE); {@code pattern} a regular expression text must
 * match. The aggregate still has the last word.
 */
public record FormField(
        String name,
        FieldType type,
        Label label,
        boolean required,
        Integer maxLength,
        List<Choice> choices,
        Condition requiredWhen,
        String pattern) {

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice field " + name + " needs choices");
        }
    }

    public FormField(
            String name,
            FieldType type,
            Label label,
            boolean required,
            Integer maxLength,
            List<Choice> choices,
            Condition requiredWhen) {
        this(name, type, label, required, maxLength, choices, requiredWhen, null);
    }

    /** Another field's value that makes a field required. */
    public record Condition(String field, String equals) {}

    public static FormField text(String name, Label label, boolean required, int maxLength) {
        return new FormField(name, FieldType.TEXT, label, required, maxLength, List.of(), null);
    }

    public static FormField textarea(String name, Label label, boolean required, int maxLength) {
        return new FormField(name, FieldType.TEXTAREA, label, required, maxLength, List.of(), null);
    }

    public static FormField choice(String name, Label label, boolean required, List<Choice> choices) {
        return new FormField(name, FieldType.CHOICE, label, required, null, choices, null);
    }

    public static FormField date(String name, Label label, boolean required) {
        return new FormField(name, FieldType.DATE, label, required, null, List.of(), null);
    }

    public static FormField reference(String name, Label label, boolean required) {
        return new FormField(name, FieldType.REFERENCE, label, required, 64, List.of(), null);
    }

    public FormField requiredWhen(String field, String equals) {
        return new FormField(name, type, label, required, maxLength, choices, new Condition(field, equals), pattern);
    }

    /** Text that must match a regular expression as a whole (e.g. department codes). */
    public FormField matching(String regex) {
        return new FormField(name, type, label, required, maxLength, choices, requiredWhen, regex);
    }
}
