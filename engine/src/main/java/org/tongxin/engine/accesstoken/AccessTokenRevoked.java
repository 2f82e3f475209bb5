package org.tongxin.engine.accesstoken;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record AccessTokenRevoked(AccessTokenId tokenId, String owner, ActorRef revokedBy, Instant revokedAt)
        implements AccessTokenEvent {}
