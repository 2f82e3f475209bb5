package org.tongxin.engine.consultation;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The hook the public-opinion report path consumes: the result is to become a report (社情民意信息), drafted by whoever
 * submitted it, with the topic as its source.
 */
@Revision("1")
public record ConsultationResultSubmittedAsReport(
        TopicId topicId, String title, String summary, ActorRef submittedBy, Instant submittedAt)
        implements TopicEvent {}
