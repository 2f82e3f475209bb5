package org.tongxin.engine.supervision;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/**
 * Files a matter in the supervision pool (民主监督议题库). {@code rectifyNow}, when given, is a finding that goes to
 * its department for rectification at once (a special supervisor's finding routed straight to rectification); it is
 * against the first of {@code departments}.
 */
public record RegisterSupervisionEntry(
        @TargetAggregateIdentifier SupervisionId supervisionId,
        String subject,
        String description,
        SupervisionType type,
        int planYear,
        List<DepartmentCode> departments,
        List<SupervisionSource> sources,
        String rectifyNow,
        ActorRef by)
        implements SupervisionCommand {

    public RegisterSupervisionEntry {
        departments = departments == null ? List.of() : List.copyOf(departments);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
