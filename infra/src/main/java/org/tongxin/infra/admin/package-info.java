/** Read-model operations for administrators: where each projection stands, replay, dead letters, reconciliation. */
package org.tongxin.infra.admin;
