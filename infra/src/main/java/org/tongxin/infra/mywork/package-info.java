/** My work (我的工作): a person's open and completed tasks, as API and page. */
package org.tongxin.infra.mywork;
