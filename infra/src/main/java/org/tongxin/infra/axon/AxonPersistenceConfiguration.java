package org.tongxin.infra.axon;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongxin.engine.accesstoken.AccessTokenAggregate;
import org.tongxin.engine.attachment.ItemAttachmentsAggregate;
import org.tongxin.engine.bulletin.BulletinAggregate;
import org.tongxin.engine.calendaryear.CalendarYearAggregate;
import org.tongxin.engine.clue.ClueAggregate;
import org.tongxin.engine.consultation.ConsultationTopicAggregate;
import org.tongxin.engine.design.ProcessDesignAggregate;
import org.tongxin.engine.handling.HandlingAggregate;
import org.tongxin.engine.operations.ProcessLogAggregate;
import org.tongxin.engine.proposal.ProposalAggregate;
import org.tongxin.engine.report.OpinionReportAggregate;
import org.tongxin.engine.supervision.SupervisionEntryAggregate;

/** The Axon side of the one-transaction design; see the package description. */
@Configuration(proxyBeanMethods = false)
class AxonPersistenceConfiguration {

    /** Every aggregate of the engine; they are package-private, so the engine hands over their classes. */
    static final List<Class<?>> AGGREGATES = List.of(
            ClueAggregate.type(),
            ProposalAggregate.type(),
            HandlingAggregate.type(),
            OpinionReportAggregate.type(),
            ConsultationTopicAggregate.type(),
            SupervisionEntryAggregate.type(),
            SupervisionEntryAggregate.specialSupervisorType(),
            BulletinAggregate.type(),
            ItemAttachmentsAggregate.type(),
            AccessTokenAggregate.type(),
            ProcessLogAggregate.type(),
            ProcessDesignAggregate.type(),
            CalendarYearAggregate.type());

    /**
     * A plain Spring connection provider. Axon's default wraps it in a unit-of-work-aware provider that calls
     * {@code rollback()} on the Spring-managed connection itself, silently undoing earlier work of the outer
     * transaction while later work still commits (ADR 1, replaced default 1).
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new JoiningSpringTransactionManager(transactionManager);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * Axon's JDBC event store as Spring Boot would build it, with the gap settings stated rather than inherited. A
     * gap is a global index taken by a transaction that has not committed yet; the processors keep asking for it
     * until {@code gapTimeout} after the events around it were written, once more than {@code gapCleaningThreshold}
     * gaps pile up, and then pass it for good. The database ends every transaction well before that (the
     * connection-init SQL in application.yml: transaction_timeout 45 s, statement_timeout 30 s,
     * idle_in_transaction_session_timeout 30 s), so an event that commits at all commits while its gap is still
     * watched; the reconciliation check repairs whatever passes anyway. ADR 6 gives the figures and the reasons.
     * {@code fetchSize} events are read per query (Axon's default is 100), so a processor catching up reads the store
     * in a tenth of the round trips (ADR 31). An aggregate's stream ends at the first batch shorter than
     * {@code fetchSize}: the query asks for at most that many rows in sequence order, so a shorter batch is the end,
     * and Axon's JDBC default of reading on until an empty batch cost one more round trip per command (ADR 38).
     */
    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            @Value("${tongxin.axon.gap-timeout:PT90S}") Duration gapTimeout,
            @Value("${tongxin.axon.gap-cleaning-threshold:250}") int gapCleaningThreshold,
            @Value("${tongxin.axon.max-gap-offset:10000}") int maxGapOffset,
            @Value("${tongxin.axon.fetch-size:1000}") int fetchSize) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                .gapCleaningThreshold(gapCleaningThreshold)
                .maxGapOffset(maxGapOffset)
                .batchSize(fetchSize)
                .finalAggregateBatchPredicate(batch -> batch.size() < fetchSize);
        return new UnsnapshottedEventStorageEngine(builder);
    }

    /** Axon's defaults are camelCase names; PostgreSQL folds them, so the Flyway DDL uses snake_case. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> AGGREGATES.forEach(configurer::configureAggregate);
    }
}
