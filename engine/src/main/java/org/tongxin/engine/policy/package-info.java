/** The configurable limits of the lifecycle: time limits with the due dates they give, and content limits. */
package org.tongxin.engine.policy;
