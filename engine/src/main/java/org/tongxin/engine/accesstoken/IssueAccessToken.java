package org.tongxin.engine.accesstoken;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

/** An account issues a token for itself; {@code by} is its owner. */
public record IssueAccessToken(
        @TargetAggregateIdentifier AccessTokenId tokenId, String name, TokenScope scope, Instant expiresAt, ActorRef by)
        implements AccessTokenCommand {}
