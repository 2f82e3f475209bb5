package org.tongxin.projections.handling;

/**
 * A department board: the handlings of {@code department} (every department when null) of items of {@code kind} (a
 * {@code SourceKind} name; every kind when null), oldest due date first; returned and closed handlings only when
 * {@code includeEnded}. The web fixes {@code department} to a department officer's own.
 */
public record ListHandlings(String department, String kind, String status, boolean includeEnded, int page, int size) {

    public ListHandlings {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page ≥ 0 and 1 ≤ size ≤ 200");
        }
    }

    /** Every kind of item. */
    public ListHandlings(String department, String status, boolean includeEnded, int page, int size) {
        this(department, null, status, includeEnded, page, size);
    }
}
