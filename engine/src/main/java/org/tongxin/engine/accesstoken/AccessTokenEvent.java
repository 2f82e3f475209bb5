package org.tongxin.engine.accesstoken;

public sealed interface AccessTokenEvent permits AccessTokenIssued, AccessTokenRevoked {

    AccessTokenId tokenId();
}
