package org.tongxin.projections.activity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a member did, on a day of the committee's calendar.
 *
 * @param member the member's user id
 * @param kind what they did
 * @param key tells apart activities of one kind on one source (a meeting's date, a reply's round); unique per source
 * @param subjectId the item the activity is about (a proposal, a report…), whose title names it when {@code title}
 *     is empty; null when there is none
 * @param title the item in words; null to take the subject's title
 * @param level 区/市/省/全国 as DISTRICT, CITY, PROVINCE, NATIONAL, for reports adopted and instructions; else null
 * @param outcome what came of it (a clue's status, FILED, a reply's class…), a code the pages put in words; or null
 * @param department a department it concerns (a special supervisor's), by code; or null
 * @param on the day it happened
 * @param link the page that shows the item, from the application's root
 */
public record MemberActivity(
        String member,
        ActivityKind kind,
        String key,
        String subjectId,
        String title,
        String level,
        String outcome,
        String department,
        LocalDate on,
        String link) {

    public MemberActivity {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(on, "on");
    }

    public ActivityCategory category() {
        return kind.category();
    }

    public int year() {
        return on.getYear();
    }

    MemberActivity withOutcome(String newOutcome) {
        return new MemberActivity(member, kind, key, subjectId, title, level, newOutcome, department, on, link);
    }
}
