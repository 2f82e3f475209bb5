package org.tongxin.engine.accesstoken;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.tongxin.engine.shared.ActorRef;

@Revision("1")
public record AccessTokenIssued(
        AccessTokenId tokenId, String name, TokenScope scope, Instant expiresAt, ActorRef owner, Instant issuedAt)
        implements AccessTokenEvent {}
