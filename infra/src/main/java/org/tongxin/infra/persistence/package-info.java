/** The one PostgreSQL: embedded by default, external when {@code SPRING_DATASOURCE_URL} is set; Flyway owns the schema. */
package org.tongxin.infra.persistence;
