/** Duplicate detection at intake: similar clues, proposals and reports, as an API and as a page fragment. */
package org.tongxin.infra.similar;
