/**
 * Personal access tokens for API clients: issued by an account for itself with a scope and an expiry, revoked by
 * its owner or an administrator. The secret never enters an event; only the facts the audit log must show do.
 */
package org.tongxin.engine.accesstoken;
