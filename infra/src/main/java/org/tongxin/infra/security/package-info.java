/** Accounts, roles and the rules of who may call what. */
package org.tongxin.infra.security;
