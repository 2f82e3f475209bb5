package org.tongxin.infra.shared;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Phrase;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.personaldata.PersonalDataReads;
import org.tongxin.infra.security.Access;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.projections.clue.CluePage;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.clue.FindClue;
import org.tongxin.projections.clue.ListClues;
import org.tongxin.projections.cluecase.FindTracking;
import org.tongxin.projections.cluecase.TrackingView;

/**
 * The clue pool read model as the pages see it: submitters' contact for staff only (the STAFF role in
 * {@code docs/domain.md}).
 */
@Component
public class Clues {

    private final QueryGateway queries;
    private final PersonalDataReads reads;

    Clues(QueryGateway queries, PersonalDataReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    public Optional<ClueSummary> find(String clueId, TongxinUser viewer) {
        return queries.query(
                        new FindClue(clueId, viewer == null ? null : Access.scope(viewer)),
                        ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .map(c -> forViewer(c, viewer))
                .map(c -> {
                    logUnmasked(List.of(c), viewer, PersonalDataReads.Purpose.CLUE_PAGE);
                    return c;
                });
    }

    public CluePage list(ListClues query, TongxinUser viewer) {
        ListClues scoped = viewer == null
                ? query
                : new ListClues(query.filter(), query.sort(), query.page(), query.size(), Access.scope(viewer));
        CluePage page =
                queries.query(scoped, ResponseTypes.instanceOf(CluePage.class)).join();
        List<ClueSummary> items =
                page.items().stream().map(c -> forViewer(c, viewer)).toList();
        logUnmasked(items, viewer, PersonalDataReads.Purpose.CLUE_LIST);
        return new CluePage(items, page.total(), page.page(), page.size(), page.facets(), page.totalCapped());
    }

    /** For the public tracking page: what happened to the clue, never who submitted it. */
    public Optional<ClueSummary> findAnonymised(String clueId) {
        return queries.query(new FindClue(clueId), ResponseTypes.optionalInstanceOf(ClueSummary.class))
                .join()
                .map(c -> c.withSubmitter(null, null));
    }

    /**
     * The phrase of the latest feedback on a tracking code, where it was recorded with one and is the feedback the
     * clue pool shows ({@code shown}): the tracking view is another read model and may not have folded the newest
     * feedback yet, and an older feedback's phrase must not stand in for the newer text.
     */
    public Optional<Phrase> latestFeedback(String trackingCode, String shown) {
        return queries.query(new FindTracking(trackingCode), ResponseTypes.optionalInstanceOf(TrackingView.class))
                .join()
                .filter(t -> !t.feedback().isEmpty())
                .map(t -> t.feedback().get(t.feedback().size() - 1))
                .filter(latest -> latest.text().equals(shown))
                .map(TrackingView.Entry::phrase);
    }

    private static ClueSummary forViewer(ClueSummary clue, TongxinUser viewer) {
        return viewer != null && viewer.role() == Role.STAFF ? clue : PersonalData.masked(clue);
    }

    /** Logs the clues among {@code shown} whose submitter's contact the viewer was shown unmasked. */
    private void logUnmasked(List<ClueSummary> shown, TongxinUser viewer, PersonalDataReads.Purpose purpose) {
        if (viewer == null || viewer.role() != Role.STAFF) {
            return;
        }
        List<String> unmasked = PersonalData.withContact(shown);
        if (!unmasked.isEmpty()) {
            reads.record(viewer.actor().userId(), viewer.role().name(), unmasked, purpose);
        }
    }
}
