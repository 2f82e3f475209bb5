package org.tongxin.engine.shared;

/**
 * One department's handling of one source item, {@code [<kind>:]<sourceId>/<departmentCode>/<n>}: the kind prefix is
 * absent for proposals (every id stored before other kinds existed is a proposal's), and the number tells apart the
 * handlings a department gets for the same item after a reassignment sends it back there. Built by {@link #of} and
 * read by the accessors here only.
 */
public record HandlingId(String value) {

    private static final int MAX_LENGTH = 160;

    public HandlingId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("handling id must be 1.." + MAX_LENGTH + " characters");
        }
    }

    public static HandlingId of(SourceRef source, DepartmentCode department, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("handling numbers start at 1: " + n);
        }
        return new HandlingId(source.kind().idPrefix() + source.id() + "/" + department + "/" + n);
    }

    /** A proposal's handling, the kind every caller knew before there were others. */
    public static HandlingId of(String proposalId, DepartmentCode department, int n) {
        return of(SourceRef.proposal(proposalId), department, n);
    }

    /** Whether {@code text} has the shape of a handling id; ids of other aggregates (a proposal's, a clue's) do not. */
    public static boolean isHandlingId(String text) {
        return text != null && text.split("/", -1).length == 3;
    }

    /** The handled item, read off the id. */
    public SourceRef source() {
        String head = parts()[0];
        for (SourceKind kind : SourceKind.values()) {
            if (kind != SourceKind.PROPOSAL && head.startsWith(kind.idPrefix())) {
                return new SourceRef(kind, head.substring(kind.idPrefix().length()));
            }
        }
        return SourceRef.proposal(head);
    }

    public SourceKind sourceKind() {
        return source().kind();
    }

    public String sourceId() {
        return source().id();
    }

    public DepartmentCode department() {
        return new DepartmentCode(parts()[1]);
    }

    public int n() {
        return Integer.parseInt(parts()[2]);
    }

    private String[] parts() {
        String[] parts = value.split("/", -1);
        if (parts.length != 3) {
            throw new IllegalStateException("not a handling id of the form <source>/<department>/<n>: " + value);
        }
        return parts;
    }

    @Override
    public String toString() {
        return value;
    }
}
