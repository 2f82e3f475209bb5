package org.tongxin.projections.consultation;

/** One topic by id, with each suggestion's handling status as of today; answered with an {@code Optional<TopicView>}. */
public record FindTopic(String topicId) {}
