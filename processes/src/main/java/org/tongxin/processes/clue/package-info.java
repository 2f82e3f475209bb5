/** The clue-triage process: classification of a clue in the pool and what it becomes. */
package org.tongxin.processes.clue;
