/** Consultations (协商): the topic list and calendar, the topic page, the office's actions, the public pages and API. */
package org.tongxin.infra.consultations;
