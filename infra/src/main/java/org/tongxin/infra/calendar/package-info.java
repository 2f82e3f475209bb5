/** The working-day calendar kept from a page: each year's holidays and make-up workdays, audited and live. */
package org.tongxin.infra.calendar;
