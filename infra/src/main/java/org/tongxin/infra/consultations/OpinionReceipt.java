package org.tongxin.infra.consultations;

/** What a person gets back for an opinion: the code that names it on the topic's public page. */
public record OpinionReceipt(String topicId, String trackingCode) {}
