package org.tongxin.projections.consultation;

import java.util.List;

public record PublicTopics(List<TopicView> open, List<TopicView> concluded) {}
