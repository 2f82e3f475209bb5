/**
 * The clue case read model: one document per clue with its path through the pool, what it became and the feedback
 * its submitter got, folded by {@link ClueCaseFold}. It holds no personal data, so the public tracking page, the case
 * view and the "every clue answered" check (件件有回应) read it without masking.
 */
package org.tongxin.projections.cluecase;
