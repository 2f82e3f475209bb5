/**
 * Case views of a clue or a proposal, live from the read models or as of any instant by folding the event store with
 * the same fold functions, and a case's history straight from the event store.
 */
package org.tongxin.projections.cases;
