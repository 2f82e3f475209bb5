/** Operating the read models: which processing groups there are, how far each has got, and replaying one. */
package org.tongxin.projections.ops;
