package org.tongxin.infra.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.RuleViolation;
import org.tongxin.processes.task.FieldError;

/**
 * The domain speaks English to developers and stable codes to clients; this turns both into the page's language.
 * A rule code without its own message falls back to a sentence for its kind, so a new rule never shows a blank.
 */
@Component
public class Messages {

    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern UNKNOWN =
            Pattern.compile("unknown (department|member|leader|clue|proposal|category): (.*)", Pattern.DOTALL);

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    public String fieldError(FieldError error) {
        String m = error.message();
        Matcher tooLong = TOO_LONG.matcher(m);
        Matcher unknown = UNKNOWN.matcher(m);
        String key;
        Object[] args = {};
        if (m.equals("is required")) {
            key = "form.error.required";
        } else if (tooLong.matches()) {
            key = "form.error.tooLong";
            args = new Object[] {tooLong.group(1)};
        } else if (m.startsWith("must be one of")) {
            key = "form.error.choice";
        } else if (m.startsWith("must be a date")) {
            key = "form.error.date";
        } else if (m.equals("unknown research topic")) {
            key = "form.error.researchTopic";
        } else if (m.equals("must be a number")) {
            key = "form.error.number";
        } else if (unknown.matches()) {
            key = "form.error.unknown." + unknown.group(1);
            args = new Object[] {unknown.group(2)};
        } else if (m.equals("must not be negative")) {
            key = "form.error.negative";
        } else if (m.equals("must not be fewer than the votes counted")) {
            key = "form.error.fewerThanCounted";
        } else if (m.equals("has an invalid format")) {
            key = "form.error.format";
        } else {
            return m;
        }
        return source.getMessage(key, args, m, locale());
    }

    /** A readable sentence for a refusal; the code is shown beside it by the page. */
    public String refusal(RuleViolation e) {
        if ("en".equals(locale().getLanguage())) {
            String d = e.rule().description();
            return Character.toUpperCase(d.charAt(0)) + d.substring(1) + ".";
        }
        String byKind = source.getMessage(
                "rule.kind." + e.rule().kind().name(), null, e.rule().description(), locale());
        return source.getMessage("rule." + e.code(), null, byKind, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
