package org.tongxin.infra.similar;

import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;
import org.tongxin.infra.shared.Messages;
import org.tongxin.projections.similar.ChineseText;
import org.tongxin.projections.similar.FindSimilar;
import org.tongxin.projections.similar.FindSimilarTo;
import org.tongxin.projections.similar.ItemKind;
import org.tongxin.projections.similar.SimilarItem;
import org.tongxin.projections.similar.SimilarItems;

/** Asks the similarity index and names what it found in words, with the link to each item's page. */
@Service
public class SimilarSearch {

    public static final int MAX_LIMIT = 20;

    private final QueryGateway queries;
    private final Messages messages;

    SimilarSearch(QueryGateway queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public List<SimilarMatch> find(String text, Set<ItemKind> kinds, String excludeId, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String bounded = text.length() > ChineseText.MAX_CHARS ? text.substring(0, ChineseText.MAX_CHARS) : text;
        SimilarItems found = queries.query(
                        new FindSimilar(
                                bounded,
                                kinds,
                                excludeId,
                                Math.min(Math.max(1, limit), MAX_LIMIT),
                                SimilarItems.DEFAULT_THRESHOLD),
                        ResponseTypes.instanceOf(SimilarItems.class))
                .join();
        return found.items().stream().map(this::match).toList();
    }

    /** Items like the indexed item {@code kind}/{@code id}, itself left out. */
    public List<SimilarMatch> findTo(ItemKind kind, String id, Set<ItemKind> kinds, int limit) {
        SimilarItems found = queries.query(
                        new FindSimilarTo(
                                kind,
                                id,
                                kinds,
                                Math.min(Math.max(1, limit), MAX_LIMIT),
                                SimilarItems.DEFAULT_THRESHOLD),
                        ResponseTypes.instanceOf(SimilarItems.class))
                .join();
        return found.items().stream().map(this::match).toList();
    }

    private SimilarMatch match(SimilarItem item) {
        return new SimilarMatch(
                item.kind().name(),
                messages.get("similar.kind." + item.kind().name()),
                item.id(),
                item.title(),
                item.reference(),
                Math.round(item.score() * 100) / 100.0,
                link(item));
    }

    static String link(SimilarItem item) {
        return switch (item.kind()) {
            case CLUE -> "/clues/" + item.id();
            case PROPOSAL -> "/cases/" + item.id();
            case REPORT -> "/reports/" + item.id();
        };
    }
}
