package org.tongxin.infra.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A panel's form sends the reader back to the item page it came from, and nowhere else. */
class AttachmentPagesTest {

    @Test
    void backGoesToItemPagesOnly() {
        assertThat(AttachmentPages.safeBack("/cases/clue-1")).isEqualTo("/cases/clue-1");
        assertThat(AttachmentPages.safeBack("/tasks/8a1f-22")).isEqualTo("/tasks/8a1f-22");
        assertThat(AttachmentPages.safeBack("/reports/r-1")).isEqualTo("/reports/r-1");
        assertThat(AttachmentPages.safeBack("https://evil.example/cases/1")).isEqualTo("/");
        assertThat(AttachmentPages.safeBack("//evil.example/cases/1")).isEqualTo("/");
        assertThat(AttachmentPages.safeBack("/cases/../admin/projections")).isEqualTo("/");
        assertThat(AttachmentPages.safeBack("/admin/projections")).isEqualTo("/");
        assertThat(AttachmentPages.safeBack(null)).isEqualTo("/");
    }

    @Test
    void sizesReadAsPeopleSayThem() {
        assertThat(AttachmentPanels.size(512)).isEqualTo("512 B");
        assertThat(AttachmentPanels.size(120 * 1024)).isEqualTo("120 KB");
        assertThat(AttachmentPanels.size(2_621_440)).isEqualTo("2.5 MB");
    }
}
