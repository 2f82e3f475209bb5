package org.tongxin.processes.studio;

import javax.sql.DataSource;

/**
 * A schema of its own in the product's PostgreSQL, made for one rehearsal and dropped when it is closed: connections
 * from {@link #dataSource()} see only this schema, so a rehearsal engine never touches the live engine's tables.
 */
public interface ThrowAwaySchema extends AutoCloseable {

    String name();

    DataSource dataSource();

    /** Drops the schema and everything in it. */
    @Override
    void close();
}
