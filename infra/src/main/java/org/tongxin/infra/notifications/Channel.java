package org.tongxin.infra.notifications;

/** The ways a notification travels besides the in-app centre. */
public enum Channel {
    EMAIL,
    /** 企业微信 group robot. */
    WECOM,
    /** 钉钉 group robot, signed. */
    DINGTALK
}
