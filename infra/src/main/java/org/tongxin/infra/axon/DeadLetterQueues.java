package org.tongxin.infra.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongxin.projections.ops.ProjectionOperations;

/**
 * Every read model's dead-letter queue: the JDBC queue Axon's Spring Boot support would build, behind
 * {@link BatchCheckedDeadLetterQueue} so that a batch of events costs one question to the queue rather than one per
 * event. A queue registered for a group takes precedence over the one the {@code dlq.enabled} property provides.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterQueues {

    @Bean
    ConfigurerModule batchCheckedDeadLetterQueues(
            ConnectionProvider connections,
            TransactionManager transactions,
            DeadLetterSchema schema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : ProjectionOperations.GROUPS) {
                processing.registerDeadLetterQueue(
                        group,
                        configuration -> new BatchCheckedDeadLetterQueue<>(
                                group,
                                JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                        .processingGroup(group)
                                        .connectionProvider(connections)
                                        .transactionManager(transactions)
                                        .schema(schema)
                                        .genericSerializer(serializer)
                                        .eventSerializer(eventSerializer)
                                        .build()));
            }
        });
    }
}
