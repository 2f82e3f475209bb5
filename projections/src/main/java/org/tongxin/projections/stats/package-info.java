/**
 * Statistics per department and period, counted from the handling and clue read models; every rate comes with its
 * sample size, and a department is ranked only above a minimum sample.
 */
package org.tongxin.projections.stats;
