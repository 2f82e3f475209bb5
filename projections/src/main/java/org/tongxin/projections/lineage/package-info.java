/** Lineage: the graph of a clue, the clues merged with it, what it became and that proposal's handlings. */
package org.tongxin.projections.lineage;
