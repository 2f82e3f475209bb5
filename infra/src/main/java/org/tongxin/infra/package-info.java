/**
 * The Tongxin application: one package per feature (its API controller, page controller and view helpers) over
 * technical packages (web, security, persistence, axon, camunda, observability, demo) and the shared view helpers.
 */
package org.tongxin.infra;
