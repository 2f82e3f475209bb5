package org.tongxin.infra.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

class DatabaseOutageTest {

    @Test
    void theAccountLookupFailingOnAMissingConnectionIsAnOutageNotBadCredentials() {
        var pool = new SQLTransientConnectionException("tongxin - Connection is not available, request timed out");
        var lookup = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", pool);

        assertThat(DatabaseOutage.causedBy(new InternalAuthenticationServiceException("lookup", lookup)))
                .isTrue();
    }

    @Test
    void axonAndCamundaWrappersAreSeenThrough() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException());

        assertThat(DatabaseOutage.causedBy(new CommandExecutionException("command failed", refused)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("flush failed", refused)))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException(
                        "terminating",
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void ordinaryDatabaseErrorsAndOtherFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
