/** The public-opinion report (社情民意信息): one matter, short, adopted into a bulletin, perhaps instructed by a leader. */
package org.tongxin.engine.report;
