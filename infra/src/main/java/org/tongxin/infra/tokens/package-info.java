/**
 * Personal access tokens for API clients: issued, listed and revoked by their owner (API and page), and the bearer
 * authentication that recognises them by their prefix and checks them by digest, without password hashing.
 */
package org.tongxin.infra.tokens;
