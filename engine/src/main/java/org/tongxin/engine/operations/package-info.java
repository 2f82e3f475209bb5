/**
 * The record of what designers and administrators do to running processes from the operations page (retrying a
 * failed job), kept as events so that it reaches the audit log like every other decision.
 */
package org.tongxin.engine.operations;
