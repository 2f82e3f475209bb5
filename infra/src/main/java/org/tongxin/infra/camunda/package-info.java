/**
 * Camunda on the shared DataSource: its schema comes from Flyway (Camunda's own scripts), created before the engine;
 * and the deployed diagrams the pages draw, in plain types.
 */
package org.tongxin.infra.camunda;
