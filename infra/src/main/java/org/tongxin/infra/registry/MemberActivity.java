package org.tongxin.infra.registry;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the registry knows of a member's year, for the member record (履职档案): the duty sessions they held (委员坐值),
 * every reception they logged, and the research topics they led or took part in. Read-only; the record's scoring
 * decides what each is worth.
 */
@Service
public class MemberActivity {

    private final Visits visits;
    private final ResearchTopics research;

    MemberActivity(Visits visits, ResearchTopics research) {
        this.visits = visits;
        this.research = research;
    }

    /** The receptions a member held on a duty shift of the rota during the year (one per session), newest first. */
    public List<Visits.Visit> dutyShiftsOf(String member, int year) {
        return visits.visitsOf(member, year).stream()
                .filter(v -> v.shiftId() != null)
                .toList();
    }

    /** Every reception the member logged in the year, on a shift or not (community visits, activities). */
    public List<Visits.Visit> visitsOf(String member, int year) {
        return visits.visitsOf(member, year);
    }

    /** The research topics of the year the member led or took part in, with their conversion results. */
    public List<ResearchTopics.Topic> researchTopicsOf(String member, int year) {
        return research.topicsOf(member, year);
    }
}
