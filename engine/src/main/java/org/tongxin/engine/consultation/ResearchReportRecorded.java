package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record ResearchReportRecorded(
        TopicId topicId, String report, String draftSuggestions, ActorRef recordedBy, Instant recordedAt)
        implements TopicEvent {}
