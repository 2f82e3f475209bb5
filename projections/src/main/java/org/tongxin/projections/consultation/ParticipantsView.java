package org.tongxin.projections.consultation;

import java.util.List;
import org.tongxin.engine.consultation.Participants;

/** Who was invited to or attended a meeting: member ids, department codes, residents by count and by name. */
public record ParticipantsView(
        List<String> members, List<String> departments, int residentCount, List<String> residentNames, int headcount) {

    static ParticipantsView of(Participants p) {
        return new ParticipantsView(
                p.members(),
                p.departments().stream().map(d -> d.value()).toList(),
                p.residentCount(),
                p.residentNames(),
                p.headcount());
    }
}
