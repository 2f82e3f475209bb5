package org.tongxin.infra.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The characters no text field may hold: the Unicode control characters (category Cc) except tab, line feed and
 * carriage return, lone surrogates, and the noncharacters U+FFFE and U+FFFF. PostgreSQL refuses U+0000 in text, and
 * none of them is something a person types; a value holding one is refused at the edge, never stored.
 */
public final class ControlCharacters {

    /** The message every refusal carries in {@code errors[].message}. */
    public static final String MESSAGE = "contains a control character";

    private ControlCharacters() {}

    public static boolean allowed(CharSequence text) {
        return text == null || firstForbidden(text) < 0;
    }

    /** The text without its forbidden characters: to show a refused value again, never to store it. */
    public static String without(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int i;
        String rest = text;
        while ((i = firstForbidden(rest)) >= 0) {
            kept.append(rest, 0, i);
            rest = rest.substring(i + 1);
        }
        return kept.append(rest).toString();
    }

    /** A form's values, each without its forbidden characters, in the form's order: to show a refused form again. */
    public static Map<String, String> withoutEach(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((field, value) -> shown.put(field, without(value)));
        return shown;
    }

    /** The fields of a form whose value holds a forbidden character, each with {@code message}, in the form's order. */
    public static Map<String, String> refusedFields(Map<String, String> values, String message) {
        Map<String, String> refused = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (!allowed(value)) {
                refused.put(field, message);
            }
        });
        return refused;
    }

    /** The index of the first forbidden character, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }
}
