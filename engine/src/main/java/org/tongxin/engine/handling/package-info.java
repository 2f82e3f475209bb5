/**
 * A department's handling (办理) of one item of any kind (a proposal, a leader's instruction…): receiving or
 * returning it, contacting the submitter, co-handlers' opinions, extensions, the reply and its deadlines, the
 * evaluation, re-handling and closing; what differs by kind comes from the kind's policy ({@link HandlingPolicy}).
 *
 * <p><b>Retries.</b> Commands a process may send from a timer or a service task ({@link OpenHandling},
 * {@link ReceiveCoHandlerOpinion}, {@link MarkOverdue}, {@link SendReplyReminder}, {@link CloseEvaluationWindow},
 * {@link Rehandle}, {@link EscalateToSupervision}, {@link CloseHandling}) are idempotent: when the handling already
 * records their effect they succeed and emit nothing, whoever sends them, so a retried job completes instead of
 * raising an incident. "Already recorded" means: opened with the same details; an opinion from that department
 * received; overdue marked or reminder sent for the current reply due date; the round's evaluation settled; a
 * re-handle round started and not yet replied; escalated; closed. Anything else they cannot do is refused as usual,
 * e.g. {@code HANDLING-COMMON-005} when a reminder or an overdue mark comes after the reply. Commands only people send
 * are refused on repeat ({@code HANDLING-RECEIVE-001}, {@code HANDLING-COMMON-005}, {@code HANDLING-EVALUATE-002}, …)
 * so the person learns why nothing happened.
 *
 * <p><b>Rounds.</b> A reply opens the evaluation of its round. The round settles when every evaluator has evaluated
 * or the evaluation window is closed; re-handling, escalating and closing are decided on a settled round only. An
 * evaluation unsatisfied on either dimension is re-handled while {@code DeadlinePolicy.mayRehandle} allows, then
 * escalated to supervision; only then may the handling close. A round without an unsatisfied evaluation closes as it
 * is, those who did not evaluate recorded as not evaluated.
 *
 * <p><b>Co-handlers.</b> A co-handler (协办) never replies and has no reply due date: it receives the item, may ask to
 * return it, contacts the proposer, and sends its opinion to the lead, which closes its handling in the same command
 * ({@link CoHandlerOpinionSent} then {@link HandlingClosed}); the process delivers the opinion to the lead handling as
 * {@link ReceiveCoHandlerOpinion}, and the lead records {@link CoHandlerOpinionsComplete} with the last one it
 * expects.
 */
package org.tongxin.engine.handling;
