package org.tongxin.infra.calendar;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongxin.engine.calendar.CalendarEntries;

/** Words a calendar problem in the reader's language, naming the day and the entry it clashes with. */
@Component
class CalendarWording {

    private final MessageSource messages;

    CalendarWording(MessageSource messages) {
        this.messages = messages;
    }

    String problem(CalendarEntries.Problem problem, int year, Locale locale) {
        return messages.getMessage(
                "calendar.fault." + problem.fault(),
                new Object[] {
                    problem.day() == null ? "" : problem.day().toString(),
                    year,
                    entry(problem.otherField(), locale),
                    CalendarEntries.LONGEST_RANGE_DAYS,
                    CalendarEntries.SOURCE_MAX,
                    CalendarEntries.LABEL_MAX
                },
                problem.fault().name(),
                locale);
    }

    /** {@code holidays[2]} as "放假日第 3 条". */
    String entry(String field, Locale locale) {
        if (field == null) {
            return "";
        }
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        if (open < 0 || close < open) {
            return field;
        }
        String list = field.substring(0, open);
        int line = Integer.parseInt(field.substring(open + 1, close)) + 1;
        return messages.getMessage("calendar.entry." + list, new Object[] {line}, field, locale);
    }
}
