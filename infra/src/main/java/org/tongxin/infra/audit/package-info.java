/** The audit log: its API, its page and the CSV export both share. */
package org.tongxin.infra.audit;
