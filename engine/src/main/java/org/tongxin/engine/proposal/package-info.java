/** The proposal (提案): drafting, co-signing, filing review, assignment to departments, and closing with feedback. */
package org.tongxin.engine.proposal;
