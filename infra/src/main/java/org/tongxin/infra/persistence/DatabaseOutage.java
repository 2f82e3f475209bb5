package org.tongxin.infra.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached from every other failure, through whatever wraps it: Spring's
 * {@code CannotGetJdbcConnectionException}, Spring Security's {@code InternalAuthenticationServiceException} around
 * the account lookup, Axon's command and event-processing exceptions, Camunda's {@code ProcessEngineException} around
 * MyBatis. Such a failure is the server's, temporary, and must reach a client as 503 with {@code Retry-After} — never
 * as a 500 and never as 401 (a database outage is not bad credentials).
 */
public final class DatabaseOutage {

    /** What a client is told to wait before retrying: about one health probe and one pool timeout. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /**
     * SQLSTATE class 08 (connection exception) and the shutdown states: 57P01 admin shutdown, 57P02 crash shutdown,
     * 57P03 cannot connect now (starting up or in recovery).
     */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || SHUTDOWN_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
