/** Citizens without an account: an idea becomes a clue with a tracking code, the code follows it (API and pages). */
package org.tongxin.infra.citizens;
