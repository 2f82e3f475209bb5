package org.tongxin.engine.consultation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** The office lifts a published public opinion into an itemized suggestion, in its own words. */
public record LiftOpinion(
        @TargetAggregateIdentifier TopicId topicId,
        int opinion,
        String text,
        List<DepartmentCode> departments,
        ActorRef by)
        implements TopicCommand {

    public LiftOpinion {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
