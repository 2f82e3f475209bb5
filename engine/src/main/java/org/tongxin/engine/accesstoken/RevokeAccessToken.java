package org.tongxin.engine.accesstoken;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongxin.engine.shared.ActorRef;

public record RevokeAccessToken(@TargetAggregateIdentifier AccessTokenId tokenId, ActorRef by)
        implements AccessTokenCommand {}
