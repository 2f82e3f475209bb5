package org.tongxin.engine.consultation;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;
import org.tongxin.engine.shared.DepartmentCode;

/** {@code fromOpinion} is the public opinion it was lifted from, or null. */
@Revision("1")
public record SuggestionItemized(
        TopicId topicId,
        int number,
        String text,
        List<DepartmentCode> departments,
        Integer fromOpinion,
        ActorRef itemizedBy,
        Instant itemizedAt)
        implements TopicEvent {

    public SuggestionItemized {
        departments = List.copyOf(departments);
    }
}
