/** The proposal-lifecycle process: co-signing, filing review, assignment, department handlings, closing, feedback. */
package org.tongxin.processes.proposal;
