package org.tongxin.engine.clue;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

/**
 * The submitter's personal data was erased: the key that sealed it is destroyed, so the registration keeps its
 * ciphertext and reads without a name or phone from now on. Carries no personal data itself.
 */
@Revision("1")
public record SubmitterErased(ClueId clueId, String reason, ActorRef erasedBy, Instant erasedAt) implements ClueEvent {}
