package org.tongxin.engine.consultation;

/** Hands the package-private aggregate class to the wiring, which registers it with Axon. */
public final class ConsultationTopicAggregate {

    private ConsultationTopicAggregate() {}

    public static Class<?> type() {
        return ConsultationTopic.class;
    }
}
