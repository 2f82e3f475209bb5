package org.tongxin.projections.supervision;

/**
 * The pool, newest first, filtered by any of status, type, plan year, a department concerned, words of the subject;
 * {@code itemsOf} (a department officer's) keeps only entries with an item transferred to that department.
 */
public record ListSupervisionEntries(
        String status,
        String type,
        Integer planYear,
        String department,
        String text,
        String itemsOf,
        int page,
        int size) {}
