package org.tongxin.infra.registry;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongxin.projections.activity.ActivityKind;
import org.tongxin.projections.activity.MemberActivity;
import org.tongxin.projections.activity.MemberActivityContributor;

/**
 * What the registry adds to the member record (履职档案): each reception a member logged, as a duty shift (委员坐值)
 * when it was held on a shift of the rota and as a reception visit otherwise (one or the other, never both), and
 * each research topic they led or took part in. The record's scoring scheme decides what each is worth.
 */
@Component
class RegistryActivities implements MemberActivityContributor {

    private final Visits visits;
    private final ResearchTopics research;

    RegistryActivities(Visits visits, ResearchTopics research) {
        this.visits = visits;
        this.research = research;
    }

    @Override
    public List<MemberActivity> activities(String member, int year) {
        return activities(visits.receptionsOf(member, year), research.partsOf(member, year));
    }

    @Override
    public List<MemberActivity> activitiesOfYear(int year) {
        return activities(visits.receptionsOfYear(year), research.partsOf(null, year));
    }

    private static List<MemberActivity> activities(List<Visits.Visit> receptions, List<ResearchTopics.Part> parts) {
        List<MemberActivity> activities = new ArrayList<>();
        for (Visits.Visit v : receptions) {
            activities.add(new MemberActivity(
                    v.member(),
                    v.shiftId() != null ? ActivityKind.DUTY_SHIFT : ActivityKind.RECEPTION_VISIT,
                    "visit-" + v.id(),
                    null,
                    v.summary() == null ? v.workstationName() : v.workstationName() + "：" + v.summary(),
                    null,
                    null,
                    null,
                    v.date(),
                    "/workstations/" + v.workstation()));
        }
        for (ResearchTopics.Part p : parts) {
            activities.add(new MemberActivity(
                    p.member(),
                    ActivityKind.RESEARCH_TOPIC,
                    "research-" + p.topicId(),
                    null,
                    p.title(),
                    null,
                    null,
                    null,
                    p.on(),
                    "/research/" + p.topicId()));
        }
        return activities;
    }
}
