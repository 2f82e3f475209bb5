package org.tongxin.projections.handling;

import java.time.LocalDate;

/** One round's reply as the department sent it: its outcome class and full text. */
public record ReplyEntry(int round, String outcome, String text, LocalDate repliedOn, boolean late) {}
