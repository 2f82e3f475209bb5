package org.tongxin.projections.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A public-opinion report as its pages show it: every version of its text (the author's and the editor's), the
 * office's review, the bulletin issue it appeared in, leaders' instructions and the departments' answers.
 */
public record ReportView(
        String reportId,
        String title,
        String content,
        String author,
        List<String> coAuthors,
        String sector,
        List<Source> sources,
        String status,
        List<Version> versions,
        List<Returned> returns,
        String level,
        String editorNote,
        String declineGround,
        String declineReason,
        String forwardedTo,
        String bulletinId,
        String bulletinLabel,
        List<Instruction> instructions,
        List<Answer> answers,
        Instant draftedAt,
        Instant submittedAt,
        Instant decidedAt,
        long version) {

    public record Source(String kind, String id) {}

    /** One version of the text; {@code editor} marks the office's edit at adoption. */
    public record Version(int number, String title, String content, String by, boolean editor, Instant at) {}

    public record Returned(int round, String reason, Instant at) {}

    /**
     * {@code handlings}: the department handlings the instruction opened (empty in views stored before it was kept), so
     * an answer is matched to the instruction it answers.
     */
    public record Instruction(
            String leader,
            String level,
            LocalDate instructedOn,
            String text,
            List<String> departments,
            Instant at,
            List<String> handlings) {

        public Instruction {
            handlings = handlings == null ? List.of() : List.copyOf(handlings);
        }
    }

    public record Answer(String handlingId, String department, String measures, LocalDate repliedOn) {}

    /** The author's own last text before the editor's change, for the diff the author sees; null when unedited. */
    public Version authorsLast() {
        Version editor =
                versions.stream().filter(Version::editor).reduce((a, b) -> b).orElse(null);
        if (editor == null) {
            return null;
        }
        return versions.stream().filter(v -> !v.editor()).reduce((a, b) -> b).orElse(null);
    }

    public boolean involves(String user) {
        return user.equals(author) || coAuthors.contains(user);
    }

    public boolean transferredTo(String department) {
        return instructions.stream().anyMatch(i -> i.departments().contains(department));
    }
}
