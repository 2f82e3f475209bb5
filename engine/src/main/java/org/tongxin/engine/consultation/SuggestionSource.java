package org.tongxin.engine.consultation;

import org.tongxin.engine.shared.HandlingId;
import org.tongxin.engine.shared.SourceKind;
import org.tongxin.engine.shared.SourceRef;

/**
 * A suggestion as the item departments handle: kind {@code CONSULTATION_SUGGESTION}, id {@code <topicId>.<number>}
 * (a topic id holds no '.'), so a handling id names its topic and suggestion without a lookup.
 */
public final class SuggestionSource {

    private SuggestionSource() {}

    public static SourceRef of(TopicId topic, int number) {
        return new SourceRef(SourceKind.CONSULTATION_SUGGESTION, topic.value() + "." + number);
    }

    public static boolean isSuggestion(HandlingId handling) {
        return handling.sourceKind() == SourceKind.CONSULTATION_SUGGESTION;
    }

    public static TopicId topic(HandlingId handling) {
        String id = handling.sourceId();
        return new TopicId(id.substring(0, id.lastIndexOf('.')));
    }

    public static int number(HandlingId handling) {
        String id = handling.sourceId();
        return Integer.parseInt(id.substring(id.lastIndexOf('.') + 1));
    }
}
