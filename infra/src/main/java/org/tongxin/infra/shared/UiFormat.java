package org.tongxin.infra.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.infra.directory.PersonNames;
import org.tongxin.processes.task.Label;
import org.tongxin.projections.support.EventDescriptions;

/** Dates in the configured zone and labels in the request's language, for the templates ({@code @uiFormat}). */
@Component
public class UiFormat {

    private final Clock clock;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String DEPARTMENT_GROUP = "dept:";

    /** A task due within this many days is flagged as due soon. */
    static final long SOON_DAYS = 3;

    private final ZoneId zone;
    private final MessageSource messages;
    private final Phrases phrases;
    private final PersonNames people;

    UiFormat(
            @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone,
            MessageSource messages,
            Clock clock,
            Phrases phrases,
            PersonNames people) {
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
        this.phrases = phrases;
        this.people = people;
    }

    public Phrases phrases() {
        return phrases;
    }

    /** A stored summary (key and arguments) in the reader's language. */
    public String phrase(Phrase phrase) {
        return phrases.render(phrase);
    }

    /** An event type's name, e.g. ClueRegistered → 登记线索. */
    public String eventType(String eventType) {
        return eventType == null ? "" : phrases.render(Phrase.of(EventDescriptions.typeKey(eventType)));
    }

    /** A person by name where an account has one, else as recorded. */
    public String person(String userId) {
        return people.of(userId, phrases.systemWord(LocaleContextHolder.getLocale()));
    }

    /**
     * A coded value in words: {@code code('proposal.status.', 'ASSIGNED')}. A code the bundles do not know is shown
     * as it is, so a missing label is visible in review rather than blank.
     */
    public String code(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage(prefix + value, null, value.toString(), LocaleContextHolder.getLocale());
    }

    /** A period as people say it: 1 个月, 45 天. */
    public String period(Period period) {
        if (period == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (period.getDays() == 0 && period.getYears() == 0) {
            return messages.getMessage("period.months", new Object[] {period.getMonths()}, locale);
        }
        long days = period.toTotalMonths() * 30 + period.getDays();
        return messages.getMessage("period.days", new Object[] {days}, locale);
    }

    /** A task's candidate group: {@code dept:transport} → 交通运输局, {@code STAFF} → 提案委. */
    public String group(String group) {
        if (group == null) {
            return "";
        }
        if (group.startsWith(DEPARTMENT_GROUP)) {
            return department(group.substring(DEPARTMENT_GROUP.length()));
        }
        return code("role.", group);
    }

    /** A count as people say it: 1万 and 3.5万 in Chinese, 10,000 and 35,000 in English. */
    public String count(long n) {
        if (english()) {
            return String.format(Locale.ROOT, "%,d", n);
        }
        if (n < 10_000) {
            return Long.toString(n);
        }
        return java.math.BigDecimal.valueOf(n, 4).stripTrailingZeros().toPlainString() + "万";
    }

    /** A department's name where the bundle knows it, its code otherwise. */
    public String department(String code) {
        return code == null ? "" : messages.getMessage("dept." + code, null, code, LocaleContextHolder.getLocale());
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String label(Label label) {
        if (label == null) {
            return "";
        }
        return english() ? label.en() : label.zh();
    }

    public boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** OVERDUE, SOON or NORMAL; NONE without a due date. */
    public String dueState(Instant due) {
        if (due == null) {
            return "NONE";
        }
        Instant now = clock.instant();
        if (due.isBefore(now)) {
            return "OVERDUE";
        }
        return due.isBefore(now.plus(SOON_DAYS, ChronoUnit.DAYS)) ? "SOON" : "NORMAL";
    }
}
