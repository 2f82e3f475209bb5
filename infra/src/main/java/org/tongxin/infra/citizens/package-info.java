/** Public intake: a citizen's idea becomes a clue, with a tracking code to follow it. */
package org.tongxin.infra.citizens;
