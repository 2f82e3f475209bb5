/**
 * What every controller shares: problem details for the API and error pages for the pages (each scoped by kind of
 * controller), the rule-kind status, the input edge (control characters, body size), paging, conflicts, the locale.
 */
package org.tongxin.infra.web;
