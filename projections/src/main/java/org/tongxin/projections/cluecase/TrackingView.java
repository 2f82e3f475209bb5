package org.tongxin.projections.cluecase;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tongxin.engine.shared.Phrase;

/**
 * What a citizen sees for a tracking code: the status in plain words, the dates and what they were told. No personal
 * data and no internal notes: built from {@link ClueCaseView}, which holds neither.
 */
public record TrackingView(
        String trackingCode,
        String title,
        String status,
        String statusText,
        Instant registeredAt,
        Instant classifiedAt,
        Instant convertedAt,
        Instant closedAt,
        List<Entry> feedback) {

    /** One message to the submitter: its text as sent and, where kept, its phrase for another language. */
    public record Entry(String text, Instant at, Phrase phrase) {}

    private static final Map<String, String> WORDS = Map.of(
            "REGISTERED", "已受理，正在分类整理",
            "PUBLISHED", "已发布，等待委员认领",
            "ADOPTED", "委员已认领，正在形成提案",
            "ROUTED_TO_CONSULTATION", "已列入协商议题",
            "ROUTED_TO_OPINION_REPORT", "已转为社情民意信息",
            "CONVERTED", "已转化，正在办理",
            "DECLINED", "不予采纳，已转交有关部门",
            "MERGED", "已与同类线索合并办理",
            "CLOSED", "已办结");

    static TrackingView of(ClueCaseView c) {
        String text = WORDS.getOrDefault(c.status(), "处理中");
        if ("DECLINED".equals(c.status()) && c.redirectedTo() != null) {
            text = "不予采纳，已转交" + c.redirectedTo();
        }
        return new TrackingView(
                c.trackingCode(),
                c.title(),
                c.status(),
                text,
                c.registeredAt(),
                c.classifiedAt(),
                c.convertedAt(),
                c.closedAt(),
                c.feedback().stream()
                        .map(f -> new Entry(f.summary(), f.recordedAt(), f.phrase()))
                        .toList());
    }
}
