package org.tongxin.infra.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes, images are written anew without their metadata, names are made safe. */
class FileInspectionTest {

    private final FileInspection inspection =
            new FileInspection(Set.copyOf(AttachmentProperties.DEFAULT_TYPES), 1_000_000, 50_000_000, 480);

    @Test
    void aPhonePhotoLosesItsExifAndGpsAndStandsUpright() throws IOException {
        byte[] photo = TestFiles.phonePhoto(64, 32);
        assertThat(contains(photo, TestFiles.GPS_MARK))
                .as("the test photo carries GPS")
                .isTrue();
        assertThat(ExifOrientation.of(photo)).isEqualTo(6);

        InspectedFile file = inspection.inspect("photos", "IMG_0001.JPG", photo);

        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(contains(file.bytes(), TestFiles.GPS_MARK)).isFalse();
        assertThat(contains(file.bytes(), "Exif")).isFalse();
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(file.bytes()));
        assertThat(stored.getWidth())
                .as("turned to portrait by the orientation")
                .isEqualTo(32);
        assertThat(stored.getHeight()).isEqualTo(64);
        assertThat(file.fileName()).isEqualTo("IMG_0001.jpg");
        assertThat(file.preview()).isNotNull();
        assertThat(contains(file.preview(), TestFiles.GPS_MARK)).isFalse();
    }

    @Test
    void aLargePhotoGetsASmallPreview() throws IOException {
        InspectedFile file = inspection.inspect("photos", "big.png", TestFiles.image("png", 1200, 600));

        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(file.preview()));
        assertThat(preview.getWidth()).isEqualTo(480);
        assertThat(preview.getHeight()).isEqualTo(240);
    }

    @Test
    void aPdfNamedJpgIsStoredAsThePdfItIs() {
        InspectedFile file = inspection.inspect("file", "scan.jpg", TestFiles.pdf());

        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("scan.pdf");
        assertThat(file.bytes()).isEqualTo(TestFiles.pdf());
        assertThat(file.preview()).isNull();
    }

    @Test
    void htmlNamedPngIsRefused() {
        assertThatThrownBy(() -> inspection.inspect("photos", "photo.png", TestFiles.html()))
                .isInstanceOfSatisfying(FileRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(FileRefused.Reason.TYPE_NOT_ALLOWED);
                    assertThat(e.field()).isEqualTo("photos");
                    assertThat(e.detectedType()).isEqualTo("text/html");
                });
    }

    @Test
    void svgAndExecutablesAreRefusedWhateverTheirName() {
        assertThatThrownBy(() -> inspection.inspect("file", "map.png", TestFiles.svg()))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.TYPE_NOT_ALLOWED));
        assertThatThrownBy(() -> inspection.inspect("file", "letter.pdf", TestFiles.exe()))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void aWordDocumentIsKnownByItsContainerAndName() {
        InspectedFile file = inspection.inspect("file", "调研报告.docx", TestFiles.docx());

        assertThat(file.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.fileName()).isEqualTo("调研报告.docx");
    }

    @Test
    void theNameCannotMakeAZipAPdf() {
        assertThatThrownBy(() -> inspection.inspect("file", "letter.pdf", TestFiles.docx()))
                .isInstanceOf(FileRefused.class);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> inspection.inspect("file", "a.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.EMPTY));
        byte[] big = new byte[1_000_001];
        System.arraycopy(TestFiles.pdf(), 0, big, 0, TestFiles.pdf().length);
        assertThatThrownBy(() -> inspection.inspect("file", "a.pdf", big))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.TOO_LARGE));
    }

    @Test
    void anImageOverThePixelBoundIsRefusedBeforeDecoding() {
        FileInspection small = new FileInspection(Set.of("image/png"), 1_000_000, 100, 480);

        assertThatThrownBy(() -> small.inspect("photos", "a.png", TestFiles.image("png", 20, 20)))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.IMAGE_TOO_LARGE));
    }

    @Test
    void aBrokenImageIsRefused() {
        byte[] jpeg = TestFiles.image("jpeg", 40, 40);
        byte[] broken = java.util.Arrays.copyOf(jpeg, 20);

        assertThatThrownBy(() -> inspection.inspect("photos", "a.jpg", broken))
                .isInstanceOfSatisfying(
                        FileRefused.class, e -> assertThat(e.reason()).isEqualTo(FileRefused.Reason.UNREADABLE_IMAGE));
    }

    @Test
    void namesLoseTheirPathControlCharactersAndWrongExtension() {
        assertThat(FileInspection.cleanName("../../etc/passwd.jpg", "pdf")).isEqualTo("passwd.pdf");
        assertThat(FileInspection.cleanName("C:\\Users\\张三\\路口.JPG", "jpg")).isEqualTo("路口.jpg");
        // the NUL becomes a space, the right-to-left override that would show "bexe.png" as "b\u202Egnp.exe" is gone
        assertThat(FileInspection.cleanName("a\0b\u202Egnp.exe", "png")).isEqualTo("a bgnp.png");
        assertThat(FileInspection.cleanName("...", "pdf")).isEqualTo("附件.pdf");
        assertThat(FileInspection.cleanName(null, "pdf")).isEqualTo("附件.pdf");
        assertThat(FileInspection.cleanName("\"quoted\";name.pdf", "pdf")).isEqualTo("quotedname.pdf");
        assertThat(FileInspection.cleanName("长".repeat(300) + ".pdf", "pdf")).hasSize(104);
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
