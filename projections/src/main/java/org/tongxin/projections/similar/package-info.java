/** Chinese tokenisation (Lucene smartcn) and the token index that finds similar clues, proposals and reports. */
package org.tongxin.projections.similar;
