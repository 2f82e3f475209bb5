/** Mainland-China working days, kept as yearly data, and the pausable deadline clocks that count them. */
package org.tongxin.engine.calendar;
