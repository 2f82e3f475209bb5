package org.tongxin.infra.members;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.projections.activity.ActivityCategory;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.MemberActivity;

/**
 * An activity in words, for the record's page and its printed form: the heading, what the member did, the item's
 * title (a special supervisor's appointment is named by its department) and what came of it.
 */
@Component("recordLabels")
public class RecordLabels {

    private final MessageSource messages;

    RecordLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String category(ActivityCategory category) {
        return text("record.category." + category.name(), category.name());
    }

    public String kind(ActivityKind kind) {
        return text("record.kind." + kind.name(), kind.name());
    }

    public String title(MemberActivity a) {
        if (a.title() != null && !a.title().isBlank()) {
            return a.title();
        }
        if (a.department() != null) {
            return department(a.department());
        }
        return kind(a.kind());
    }

    /** The level and outcome in words, with the department it concerns; empty when there is none. */
    public String detail(MemberActivity a) {
        StringBuilder d = new StringBuilder();
        if (a.level() != null) {
            d.append(text("report.level." + a.level(), a.level()));
        }
        if (a.outcome() != null) {
            append(d, text("record.outcome." + a.category().name() + "." + a.outcome(), a.outcome()));
        }
        if (a.department() != null && a.title() != null) {
            append(d, department(a.department()));
        }
        return d.toString();
    }

    /** A department by name, as {@code UiFormat.department} names it. */
    private String department(String code) {
        return text("dept." + code, code);
    }

    private static void append(StringBuilder d, String part) {
        if (!d.isEmpty()) {
            d.append(" · ");
        }
        d.append(part);
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
