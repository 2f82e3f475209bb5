package org.tongxin.projections.report;

import java.time.Instant;
import java.util.List;

/** An issue of the bulletin: its reports in print order, and to whom it went once published. */
public record BulletinView(
        String bulletinId,
        int year,
        int number,
        String label,
        String editorNote,
        List<String> reports,
        List<Reader> recipients,
        Instant compiledAt,
        Instant publishedAt,
        long version) {

    /** {@code kind}: LEADER or DEPARTMENT. */
    public record Reader(String kind, String id) {}

    public boolean published() {
        return publishedAt != null;
    }

    public boolean sentTo(String kind, String id) {
        return recipients.stream().anyMatch(r -> r.kind().equals(kind) && r.id().equals(id));
    }
}
