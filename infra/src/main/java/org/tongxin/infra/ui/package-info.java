/** The officers' and the public's web pages: server-rendered Thymeleaf over the same services the API uses. */
package org.tongxin.infra.ui;
