package org.tongxin.processes.task;

import java.util.List;
import java.util.Objects;

/**
 * One field of a task form. {@code requiredWhen} names another field and the value that makes this one required
 * (e.g. a decline ground is required when the route is DECLINE); {@code pattern} a regular expression text must
 * match; {@code multiple} lets a reference field take several values separated by commas. The aggregate still has
 * the last word.
 */
public record FormField(
        String name,
        FieldType type,
        Label label,
        boolean required,
        Integer maxLength,
        List<Choice> choices,
        Condition requiredWhen,
        String pattern,
        boolean multiple) {

    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice field " + name + " needs choices");
        }
        if (multiple && !type.isReference()) {
            throw new IllegalArgumentException("only a reference field takes several values: " + name);
        }
    }

    public FormField(
            String name,
            FieldType type,
            Label label,
            boolean required,
            Integer maxLength,
            List<Choice> choices,
            Condition requiredWhen,
            String pattern) {
        this(name, type, label, required, maxLength, choices, requiredWhen, pattern, false);
    }

    public FormField(
            String name,
            FieldType type,
            Label label,
            boolean required,
            Integer maxLength,
            List<Choice> choices,
            Condition requiredWhen) {
        this(name, type, label, required, maxLength, choices, requiredWhen, null, false);
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

    public static FormField number(String name, Label label, boolean required) {
        return new FormField(name, FieldType.NUMBER, label, required, null, List.of(), null);
    }

    /** A field naming one thing of {@code kind}, e.g. a department. */
    public static FormField reference(String name, FieldType kind, Label label, boolean required) {
        if (!kind.isReference()) {
            throw new IllegalArgumentException(kind + " is not a reference kind");
        }
        return new FormField(name, kind, label, required, 100, List.of(), null, null, false);
    }

    /** The same field taking several comma-separated values (co-signers, co-handling departments). */
    public FormField multiple(int maxLength) {
        return new FormField(name, type, label, required, maxLength, choices, requiredWhen, pattern, true);
    }

    public FormField requiredWhen(String field, String equals) {
        return new FormField(
                name, type, label, required, maxLength, choices, new Condition(field, equals), pattern, multiple);
    }

    /** Text that must match a regular expression as a whole. */
    public FormField matching(String regex) {
        return new FormField(name, type, label, required, maxLength, choices, requiredWhen, regex, multiple);
    }
}
