/** The bulletin (《社情民意》期刊): adopted reports compiled into numbered issues per year and published to readers. */
package org.tongxin.engine.bulletin;
