package org.tongxin.infra.citizens;

/** What a submitter gets back: the clue's id and the code to track it publicly. */
public record ClueReceipt(String id, String trackingCode) {}
