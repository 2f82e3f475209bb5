package org.tongxin.projections.consultation;

import java.time.LocalDate;

/**
 * Topics, newest first, filtered by kind, status, street (exact) and the day of their meeting or, before a meeting
 * is set, of their creation in {@code [from, to]}; null filters are not applied. {@code member}: topics the member
 * leads or was invited to or attended.
 */
public record ListTopics(
        String kind, String status, String street, LocalDate from, LocalDate to, String member, int page, int size) {

    public ListTopics {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page from 0, size 1..200");
        }
    }
}
