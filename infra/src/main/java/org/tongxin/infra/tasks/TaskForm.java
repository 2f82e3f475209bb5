package org.tongxin.infra.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.tongxin.infra.shared.UiFormat;
import org.tongxin.processes.task.FieldType;
import org.tongxin.processes.task.FormDefinition;
import org.tongxin.processes.task.FormField;

/**
 * A task type's form as the page renders it, with the values and errors of a refused submission; and the way back
 * from an HTML form's strings to the typed body {@link FormDefinition#validate} expects.
 */
record TaskForm(List<Field> fields) {

    record Option(String value, String label) {}

    record Field(
            String name,
            String type,
            String label,
            boolean required,
            String whenField,
            String whenValue,
            Integer maxLength,
            List<Option> options,
            String value,
            String error,
            Lookup lookup) {}

    /**
     * A reference field's picker: where its suggestions come from, whether it takes several values, and whether the
     * input takes a suggestion's label (a department's or person's name, which the server resolves) or its value (a
     * case's number).
     */
    record Lookup(String url, boolean multiple, boolean pickLabel) {

        static Lookup of(FormField f) {
            if (!f.type().isReference()) {
                return null;
            }
            return switch (f.type()) {
                case DEPARTMENT -> new Lookup("/lookup/departments", f.multiple(), true);
                case MEMBER -> new Lookup("/lookup/members", f.multiple(), true);
                case LEADER -> new Lookup("/lookup/leaders", f.multiple(), true);
                case CATEGORY -> new Lookup("/lookup/categories", f.multiple(), true);
                case CLUE -> new Lookup("/lookup/clues", f.multiple(), false);
                case PROPOSAL -> new Lookup("/lookup/proposals", f.multiple(), false);
                default -> null;
            };
        }
    }

    static TaskForm of(FormDefinition form, Map<String, String> values, Map<String, String> errors, UiFormat format) {
        List<Field> fields = new ArrayList<>();
        for (FormField f : form.fields()) {
            fields.add(new Field(
                    f.name(),
                    f.type().name(),
                    format.label(f.label()),
                    f.required(),
                    f.requiredWhen() == null ? null : f.requiredWhen().field(),
                    f.requiredWhen() == null ? null : f.requiredWhen().equals(),
                    f.maxLength(),
                    f.choices().stream()
                            .map(c -> new Option(c.value(), format.label(c.label())))
                            .toList(),
                    values.getOrDefault(f.name(), ""),
                    errors.get(f.name()),
                    Lookup.of(f)));
        }
        return new TaskForm(fields);
    }

    /** The submitted strings of the form's own fields only (the CSRF token and the like stay out). */
    static Map<String, String> submitted(FormDefinition form, MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            String v = params.getFirst(f.name());
            if (v != null) {
                values.put(f.name(), v);
            }
        }
        return values;
    }

    /**
     * Typed values: numbers as numbers, a checkbox as a boolean, an empty select or date as absent. A string that
     * does not parse is passed on as it is, so the definition's validation names the field.
     */
    static Map<String, Object> body(FormDefinition form, Map<String, String> submitted) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            String raw = submitted.get(f.name());
            if (f.type() == FieldType.BOOLEAN) {
                body.put(f.name(), "true".equals(raw));
                continue;
            }
            if (raw == null || raw.isBlank()) {
                continue;
            }
            body.put(f.name(), f.type() == FieldType.NUMBER ? number(raw) : raw);
        }
        return body;
    }

    private static Object number(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
