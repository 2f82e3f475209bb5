/**
 * The proposal read model: one document per proposal with its proposers, co-signers' responses, source clues,
 * filing, key-proposal designation, assignment, handlings and vote; folded by {@link ProposalFold}, which the live
 * projection and the as-of history share.
 */
package org.tongxin.projections.proposal;
