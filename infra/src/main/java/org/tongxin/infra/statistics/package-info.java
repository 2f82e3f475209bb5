/** Statistics per department and period: the API and the dashboard with its charts. */
package org.tongxin.infra.statistics;
