package org.tongxin.infra.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tongxin.processes.task.Label;

/** Dates in the configured zone and labels in the request's language, for the templates ({@code @uiFormat}). */
@Component
public class UiFormat {

    private final Clock clock;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A task due within this many days is flagged as due soon. */
    static final long SOON_DAYS = 3;

    private final ZoneId zone;
    private final MessageSource messages;

    UiFormat(@Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone, MessageSource messages, Clock clock) {
        this.zone = zone;
        this.messages = messages;
        this.clock = clock;
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
