package org.tongxin.engine.accesstoken;

import org.tongxin.engine.shared.Command;

public sealed interface AccessTokenCommand extends Command permits IssueAccessToken, RevokeAccessToken {

    AccessTokenId tokenId();
}
