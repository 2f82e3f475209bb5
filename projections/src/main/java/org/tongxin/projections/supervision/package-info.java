/** The supervision pool's read model: entries with their team, activities and rectification items, and the special supervisors' registry. */
package org.tongxin.projections.supervision;
