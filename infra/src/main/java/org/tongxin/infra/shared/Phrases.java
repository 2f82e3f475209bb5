package org.tongxin.infra.shared;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.infra.directory.PersonNames;

/**
 * Renders a stored {@link Phrase} in the reader's language from the UI bundles: the key's message with its arguments
 * rendered first, lists joined as the language joins them, and {@code person} arguments as people's names. A key
 * the bundles lack shows its last part (a department code nobody named yet), never a blank.
 */
@Component
public class Phrases {

    static final String PERSON = "person";

    private final MessageSource messages;
    private final PersonNames people;

    Phrases(MessageSource messages, PersonNames people) {
        this.messages = messages;
        this.people = people;
    }

    /** Who the system actor is to a reader: 系统 / System. */
    public String systemWord(Locale locale) {
        return messages.getMessage("role.SYSTEM", null, "system", locale);
    }

    public String render(Phrase phrase) {
        return render(phrase, LocaleContextHolder.getLocale());
    }

    public String render(Phrase phrase, Locale locale) {
        if (phrase == null) {
            return "";
        }
        if (phrase.text() != null) {
            return phrase.text();
        }
        if (phrase.key() == null) {
            return phrase.args().stream()
                    .map(a -> render(a, locale))
                    .collect(Collectors.joining(messages.getMessage("list.separator", null, ", ", locale)));
        }
        if (PERSON.equals(phrase.key())) {
            return phrase.args().isEmpty() ? "" : people.of(render(phrase.args().get(0), locale), systemWord(locale));
        }
        Object[] args = phrase.args().stream().map(a -> render(a, locale)).toArray();
        String key = phrase.key();
        return messages.getMessage(key, args, key.substring(key.lastIndexOf('.') + 1), locale);
    }
}
