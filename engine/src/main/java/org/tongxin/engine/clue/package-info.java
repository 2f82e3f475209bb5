/** The clue (线索): one matter raised by a member, a citizen or a workstation, from registration to feedback. */
package org.tongxin.engine.clue;
