/** The read model of public-opinion reports and bulletin issues: lists, pages, credit and statistics. */
package org.tongxin.projections.report;
