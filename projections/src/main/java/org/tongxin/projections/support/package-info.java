/** What every read model shares: JSON documents of view values and batched, version-guarded writes. */
package org.tongxin.projections.support;
