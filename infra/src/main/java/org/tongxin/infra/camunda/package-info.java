/** Camunda on the shared DataSource: its schema comes from Flyway (Camunda's own scripts), created before the engine. */
package org.tongxin.infra.camunda;
