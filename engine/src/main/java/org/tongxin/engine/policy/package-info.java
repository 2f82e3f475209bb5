/** The configurable time limits of the proposal lifecycle and the due dates they give on the working-day calendar. */
package org.tongxin.engine.policy;
