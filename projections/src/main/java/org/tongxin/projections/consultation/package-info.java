/** The consultation topics' read model: lists, the topic page, the public pages, the calendar and the counts. */
package org.tongxin.projections.consultation;
