package org.tongxin.engine.consultation;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** One itemized suggestion of the meeting and the departments responsible for it. */
public record ItemizeSuggestion(
        @TargetAggregateIdentifier TopicId topicId, String text, List<DepartmentCode> departments, ActorRef by)
        implements TopicCommand {

    public ItemizeSuggestion {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
