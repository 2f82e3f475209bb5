/** My work (我的工作): the tasks each user completed, kept for good as the record of what an officer did. */
package org.tongxin.projections.mywork;
