/** The business truth of Tongxin: aggregates, their commands and events, rule codes and deadlines. */
package org.tongxin.engine;
