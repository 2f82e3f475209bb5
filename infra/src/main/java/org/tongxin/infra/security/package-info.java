/** Accounts, roles, the sign-in page, and the rules of who may call what and read which case. */
package org.tongxin.infra.security;
