package org.tongxin.infra.web;

import org.tongxin.projections.clue.ClueSummary;

/** Masks submitters' personal data for everyone but staff (DESIGN.md §6). */
final class PersonalData {

    private PersonalData() {}

    /** 张三 → 张*; 13812345678 → 138****5678. */
    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + "*".repeat(Math.max(1, (int) name.codePoints().count() - 1));
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    static ClueSummary masked(ClueSummary c) {
        return new ClueSummary(
                c.clueId(),
                c.trackingCode(),
                c.title(),
                c.content(),
                c.source(),
                c.district(),
                c.street(),
                c.category(),
                c.status(),
                c.route(),
                maskName(c.submitterName()),
                maskPhone(c.submitterPhone()),
                c.registeredAt(),
                c.classifiedAt(),
                c.version());
    }
}
