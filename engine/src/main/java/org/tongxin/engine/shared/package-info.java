/** Value types every aggregate shares: who acted, rule codes and the one domain refusal. */
package org.tongxin.engine.shared;
