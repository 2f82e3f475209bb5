package org.tongxin.engine.supervision;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * Forms (or re-forms) the joint supervision team (联合督查组): committee members, the office's staff and, for a joint
 * supervision, the government's inspection office (政府督查室).
 */
public record FormSupervisionTeam(
        @TargetAggregateIdentifier SupervisionId supervisionId,
        List<String> members,
        List<String> staff,
        boolean governmentInspectionOffice,
        ActorRef by)
        implements SupervisionCommand {

    public FormSupervisionTeam {
        members = members == null ? List.of() : List.copyOf(members);
        staff = staff == null ? List.of() : List.copyOf(staff);
    }
}
