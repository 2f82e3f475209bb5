/**
 * The benchmark harness (issue 15): seeds volumes, measures Tongxin beside bare Camunda and raw JDBC on the same
 * PostgreSQL, profiles with JFR and writes the report; {@code *Bench} runs under {@code -Pbench}, the smoke run in
 * every build.
 */
package org.tongxin.infra.bench;
