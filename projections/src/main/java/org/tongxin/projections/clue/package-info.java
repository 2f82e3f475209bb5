/** The clue pool read model: one row per clue with its current status and classification. */
package org.tongxin.projections.clue;
