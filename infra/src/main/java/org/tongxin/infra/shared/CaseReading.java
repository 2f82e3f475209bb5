package org.tongxin.infra.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.engine.shared.Role;
import org.tongxin.infra.security.TongxinUser;
import org.tongxin.projections.cases.CaseHandling;
import org.tongxin.projections.cases.CaseHistory;
import org.tongxin.projections.cases.CaseView;
import org.tongxin.projections.cases.FindCase;
import org.tongxin.projections.cases.FindCaseHistory;
import org.tongxin.projections.clue.ClueSummary;
import org.tongxin.projections.support.EventFacts;

/**
 * A case as one reader may see it, for the case page and every task page. A department officer reads their own
 * department's handling in full and of the others only department, role, status and dates: replies, opinions,
 * return reasons and notes are between a department and the office.
 */
@Component
public class CaseReading {

    /** A clue a proposal came from, by its title, for a link to its case. */
    public record SourceClue(String clueId, String title) {}

    private final QueryGateway queries;
    private final Clues clues;

    CaseReading(QueryGateway queries, Clues clues) {
        this.queries = queries;
        this.clues = clues;
    }

    public Optional<CaseView> live(String caseId, TongxinUser reader) {
        return queries.query(new FindCase(caseId, null), ResponseTypes.optionalInstanceOf(CaseView.class))
                .join()
                .map(view -> forReader(view, reader));
    }

    /** The case's events, newest first. */
    public List<EventFacts> timeline(String caseId) {
        List<EventFacts> events = new ArrayList<>(
                queries.query(new FindCaseHistory(caseId), ResponseTypes.optionalInstanceOf(CaseHistory.class))
                        .join()
                        .map(CaseHistory::events)
                        .orElse(List.of()));
        Collections.reverse(events);
        return events;
    }

    public List<SourceClue> sourceClues(CaseView view, TongxinUser reader) {
        if (view == null || view.proposal() == null) {
            return List.of();
        }
        return view.proposal().sourceClues().stream()
                .map(id -> new SourceClue(
                        id, clues.find(id, reader).map(ClueSummary::title).orElse(null)))
                .toList();
    }

    public static CaseView forReader(CaseView view, TongxinUser reader) {
        if (view == null || reader == null || reader.role() != Role.DEPT_OFFICER) {
            return view;
        }
        String own = reader.department().value();
        List<CaseHandling> handlings = view.handlings().stream()
                .map(h -> own.equals(h.department()) ? h : h.withoutTexts())
                .toList();
        return new CaseView(
                view.caseId(), view.kind(), view.title(), view.status(), view.clue(), view.proposal(), handlings);
    }
}
