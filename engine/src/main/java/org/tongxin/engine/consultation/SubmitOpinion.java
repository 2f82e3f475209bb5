package org.tongxin.engine.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/**
 * A member of the public gives an opinion on an open topic. {@code trackingCode} is drawn by the caller and given back
 * to the person. Name and phone are personal data, kept only with {@code consented}, like a clue's submitter.
 */
public record SubmitOpinion(
        @TargetAggregateIdentifier TopicId topicId,
        String trackingCode,
        String text,
        String name,
        String phone,
        boolean consented,
        ActorRef by)
        implements TopicCommand {}
