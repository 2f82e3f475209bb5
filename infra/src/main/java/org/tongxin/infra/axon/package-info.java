/**
 * Axon on PostgreSQL inside Spring's transactions: the JDBC event store and token store with snake_case schemas,
 * and the four replaced defaults that let a task completion and its events commit or roll back together.
 */
package org.tongxin.infra.axon;
