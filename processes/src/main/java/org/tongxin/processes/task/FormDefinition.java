package org.tongxin.processes.task;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of a task type's form, and the validation of a submitted body against them. */
public record FormDefinition(List<FormField> fields) {

    public FormDefinition {
        fields = List.copyOf(fields);
        Set<String> names = fields.stream().map(FormField::name).collect(Collectors.toSet());
        if (names.size() != fields.size()) {
            throw new IllegalArgumentException("duplicate field names in form");
        }
    }

    public static FormDefinition of(FormField... fields) {
        return new FormDefinition(List.of(fields));
    }

    /**
     * Checks a submitted body and returns its values normalised (trimmed text, blank as absent, references resolved
     * to their ids, several values joined by commas). Unknown fields are refused, so a typo in a client never
     * silently drops a value; so is a reference to something that does not exist, naming the field.
     */
    public FormValues validate(Map<String, ?> body, References references) {
        Map<String, ?> submitted = body == null ? Map.of() : body;
        List<FieldError> errors = new ArrayList<>();
        Map<String, FormField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        for (String key : submitted.keySet()) {
            if (!byName.containsKey(key)) {
                errors.add(new FieldError(key, "unknown field"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object raw = submitted.get(field.name());
            Object value = normalise(field, raw, errors);
            if (value != null && field.type().isReference()) {
                value = resolve(field, (String) value, references, errors);
            }
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        for (FormField field : fields) {
            boolean required = field.required()
                    || (field.requiredWhen() != null
                            && field.requiredWhen()
                                    .equals()
                                    .equals(values.get(field.requiredWhen().field())));
            boolean alreadyRefused = errors.stream().anyMatch(e -> e.field().equals(field.name()));
            if (required && !values.containsKey(field.name()) && !alreadyRefused) {
                errors.add(new FieldError(field.name(), "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormRejected(errors);
        }
        return new FormValues(values);
    }

    /** Separators between several values: commas, the Chinese comma and enumeration comma, semicolons. */
    private static final String SEPARATORS = "\\s*[,，、;；]\\s*";

    private static String resolve(FormField field, String value, References references, List<FieldError> errors) {
        List<String> entered = field.multiple()
                ? Arrays.stream(value.split(SEPARATORS))
                        .filter(v -> !v.isBlank())
                        .toList()
                : List.of(value);
        List<String> ids = new ArrayList<>();
        for (String one : entered) {
            var id = references.resolve(field.type(), one.strip());
            if (id.isEmpty()) {
                errors.add(new FieldError(
                        field.name(),
                        "unknown " + field.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + one.strip()));
                return null;
            }
            ids.add(id.get());
        }
        // FormValues.list splits on this comma; an id never holds one
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    private static Object normalise(FormField field, Object raw, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        switch (field.type()) {
            case TEXT, TEXTAREA, DEPARTMENT, MEMBER, LEADER, CLUE, PROPOSAL, CATEGORY -> {
                if (!(raw instanceof String s)) {
                    errors.add(new FieldError(field.name(), "must be text"));
                    return null;
                }
                String v = s.strip();
                if (v.isEmpty()) {
                    return null;
                }
                if (field.maxLength() != null && v.length() > field.maxLength()) {
                    errors.add(new FieldError(field.name(), "must be at most " + field.maxLength() + " characters"));
                    return null;
                }
                if (field.pattern() != null && !v.matches(field.pattern())) {
                    errors.add(new FieldError(field.name(), "has an invalid format"));
                    return null;
                }
                return v;
            }
            case CHOICE -> {
                if (!(raw instanceof String s)
                        || field.choices().stream().noneMatch(c -> c.value().equals(s))) {
                    errors.add(new FieldError(
                            field.name(),
                            "must be one of "
                                    + field.choices().stream()
                                            .map(Choice::value)
                                            .toList()));
                    return null;
                }
                return s;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(String.valueOf(raw));
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(field.name(), "must be a date (yyyy-MM-dd)"));
                    return null;
                }
            }
            case NUMBER -> {
                if (raw instanceof Number n) {
                    return n.longValue();
                }
                errors.add(new FieldError(field.name(), "must be a number"));
                return null;
            }
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    return b;
                }
                errors.add(new FieldError(field.name(), "must be true or false"));
                return null;
            }
            default -> throw new IllegalStateException("unhandled field type " + field.type());
        }
    }
}
