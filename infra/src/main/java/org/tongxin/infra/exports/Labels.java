package org.tongxin.infra.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words for the downloads, always in Chinese: a workbook or a letter is an office document filed as it is, whatever
 * language the page that offered it was shown in. A code the bundle does not know is shown as it is rather than
 * dropped.
 */
@Component
class Labels {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final MessageSource source;
    private final ZoneId zone;

    Labels(MessageSource source, @Value("${tongxin.zone:Asia/Shanghai}") ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** The word for {@code prefix + code} ({@code handling.status.} + {@code REPLIED} → 已答复); empty for null. */
    String of(String prefix, String code) {
        return code == null || code.isBlank() ? "" : source.getMessage(prefix + code, null, code, ZH);
    }

    /** A message of the bundle with its arguments. */
    String message(String key, Object... args) {
        return source.getMessage(key, args, key, ZH);
    }

    /** A filing number as people write it (第2026-0042号), or 未编号. */
    String number(String number) {
        return number == null ? message("proposal.unnumbered") : message("proposal.number", number);
    }

    String department(String code) {
        return of("dept.", code);
    }

    /** An instant as the committee's calendar day. */
    LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    /** 2026年11月29日. */
    static String chinese(LocalDate day) {
        return day == null ? "" : CHINESE_DAY.format(day);
    }
}
