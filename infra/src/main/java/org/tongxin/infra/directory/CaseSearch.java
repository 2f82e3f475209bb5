package org.tongxin.infra.directory;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.tongxin.projections.caselabel.CaseLabel;
import org.tongxin.projections.caselabel.SearchCases;

/** The clues and proposals a task search names: by tracking code, filing number, title words, or an id as it is. */
@Component
public class CaseSearch {

    /** What a search box takes; longer text is cut, not refused, as a search box does. */
    public static final int MAX_QUERY = 100;

    private static final int MAX_CASES = 200;

    private final QueryGateway queries;

    CaseSearch(QueryGateway queries) {
        this.queries = queries;
    }

    /** The ids to filter tasks by; null when there is nothing to search for. */
    public List<String> caseIds(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String search = q.strip();
        if (search.length() > MAX_QUERY) {
            search = search.substring(0, MAX_QUERY);
        }
        List<String> ids = new ArrayList<>(queries
                .query(new SearchCases(search, null, MAX_CASES), ResponseTypes.multipleInstancesOf(CaseLabel.class))
                .join()
                .stream()
                .map(CaseLabel::id)
                .toList());
        ids.add(search);
        return ids;
    }
}
