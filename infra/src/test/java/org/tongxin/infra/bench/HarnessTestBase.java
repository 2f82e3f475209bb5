package org.tongxin.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongxin.infra.citizens.ClueIntake;
import org.tongxin.infra.security.UserAccounts;
import org.tongxin.processes.deadline.Deadlines;
import org.tongxin.processes.task.UserTasks;
import org.tongxin.projections.ops.ProjectionOperations;

/** The application's parts a harness run needs, from the test's Spring context. */
abstract class HarnessTestBase {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ClueIntake intake;

    @Autowired
    UserTasks userTasks;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Deadlines deadlines;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProjectionOperations projections;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    Harness harness() {
        return new Harness(new Harness.Parts(
                URI.create("http://127.0.0.1:" + port),
                dataSource,
                postgres,
                eventSerializer,
                processEngine.getRuntimeService(),
                processEngine.getTaskService(),
                processEngine.getHistoryService(),
                new TransactionTemplate(transactionManager),
                intake,
                userTasks,
                accounts,
                deadlines,
                json,
                processEngine.getProcessEngineConfiguration().getHistory(),
                projections,
                processing,
                tokenStore));
    }
}
