/**
 * The consultation topic (协商议题): approved by a leader, prepared by research, discussed at a meeting (and online),
 * its suggestions transferred to departments, followed up until every one is answered, and concluded with a result.
 */
package org.tongxin.engine.consultation;
