package org.tongxin.engine.accesstoken;

/**
 * What a token may do with its owner's rights: read only (GET and HEAD), or read and write (everything the owner may
 * do through the API except minting further tokens).
 */
public enum TokenScope {
    READ,
    WRITE
}
