package org.tongxin.engine.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Words for a reader, kept as a message key and its arguments so that they are rendered in the reader's language
 * when read, never stored as a sentence in one language. An argument is itself a phrase: a key with arguments of its
 * own (a department, a status), a literal {@code text} (a title, a date, a number), or, with neither, a {@code list}
 * of phrases joined as the reader's language joins them. A value type of events and read models alike: feedback to a
 * citizen carries one beside its text as sent.
 */
public record Phrase(String key, List<Phrase> args, String text) {

    public Phrase {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A message key with its arguments; a String or number argument is literal text, a Phrase is rendered. */
    public static Phrase of(String key, Object... args) {
        List<Phrase> phrases = new ArrayList<>(args.length);
        for (Object arg : args) {
            phrases.add(arg instanceof Phrase p ? p : text(arg));
        }
        return new Phrase(key, phrases, null);
    }

    /** Literal words or a value as it is (an empty text for null). */
    public static Phrase text(Object value) {
        return new Phrase(null, List.of(), value == null ? "" : value.toString());
    }

    /** A date as its ISO form, which both languages read. */
    public static Phrase date(LocalDate date) {
        return text(date == null ? "" : date.toString());
    }

    /** A coded value's words: {@code code("dept.", "transport")} is the key {@code dept.transport}. */
    public static Phrase code(String prefix, Object value) {
        return value == null ? text("") : of(prefix + value);
    }

    public static Phrase list(List<Phrase> items) {
        return new Phrase(null, items, null);
    }

    /** A list of phrases to join (no key, no text); not named as a property, so serializers leave it out. */
    public boolean joinsItems() {
        return key == null && text == null;
    }

    /** Every message key in this phrase and its arguments, for checking that the bundles hold them all. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (key != null) {
            keys.add(key);
        }
        args.forEach(a -> keys.addAll(a.keys()));
        return keys;
    }
}
