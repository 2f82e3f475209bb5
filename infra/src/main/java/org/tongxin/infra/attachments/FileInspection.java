package org.tongxin.infra.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * What an upload really is, decided from its bytes: the declared content type and the name's extension are never
 * trusted. The name may only narrow a container the bytes revealed (a ZIP holding an Office Open XML document is a
 * .docx or an .xlsx by its name), never choose the type on its own. Images are decoded and written anew, which drops
 * every metadata block (EXIF with GPS position, camera serial, XMP, comments) and anything appended to the pixels; the
 * EXIF orientation is applied to the pixels first so the photo stands the right way up without it.
 */
final class FileInspection {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", "jpg",
            "image/png", "png",
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private static final Set<String> IMAGES = Set.of("image/jpeg", "image/png", "image/webp");
    private static final float JPEG_QUALITY = 0.88f;
    private static final int NAME_BASE_MAX = 100;
    static final String UNNAMED = "附件";

    private final Detector detector;
    private final MediaTypeRegistry registry;
    private final Set<String> allowed;
    private final long maxFileBytes;
    private final long maxPixels;
    private final int previewSize;

    FileInspection(Set<String> allowedTypes, long maxFileBytes, long maxPixels, int previewSize) {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
        this.allowed = Set.copyOf(allowedTypes);
        this.maxFileBytes = maxFileBytes;
        this.maxPixels = maxPixels;
        this.previewSize = previewSize;
    }

    static FileInspection of(AttachmentProperties properties) {
        return new FileInspection(
                Set.copyOf(properties.allowedTypes()),
                properties.maxFileSize().toBytes(),
                properties.maxPixels(),
                properties.previewSize());
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    /** Inspects one upload of form field {@code field}; refuses with {@link FileRefused}. */
    InspectedFile inspect(String field, String declaredName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new FileRefused(field, FileRefused.Reason.EMPTY);
        }
        if (bytes.length > maxFileBytes) {
            throw new FileRefused(field, FileRefused.Reason.TOO_LARGE);
        }
        String type = detect(bytes, declaredName);
        if (!allowed.contains(type)) {
            throw new FileRefused(field, FileRefused.Reason.TYPE_NOT_ALLOWED, type);
        }
        if (IMAGES.contains(type)) {
            return reencoded(field, declaredName, bytes);
        }
        return new InspectedFile(bytes, type, cleanName(declaredName, EXTENSIONS.get(type)), null);
    }

    /** The type by magic bytes; the name only where it names a subtype of what the bytes are. */
    String detect(byte[] bytes, String declaredName) {
        try {
            MediaType magic = detector.detect(new ByteArrayInputStream(bytes), new Metadata());
            MediaType result = magic;
            String name = baseName(declaredName);
            if (!name.isEmpty() && !MediaType.OCTET_STREAM.equals(magic) && !MediaType.TEXT_PLAIN.equals(magic)) {
                Metadata hinted = new Metadata();
                hinted.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
                MediaType named = detector.detect(new ByteArrayInputStream(bytes), hinted);
                if (registry.isSpecializationOf(named, magic)) {
                    result = named;
                }
            }
            return result.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InspectedFile reencoded(String field, String declaredName, byte[] bytes) {
        BufferedImage image = decode(field, bytes);
        boolean alpha = image.getColorModel().hasAlpha();
        String format = alpha ? "png" : "jpeg";
        byte[] clean = alpha ? write(image, "png") : write(opaque(image), "jpeg");
        String type = "image/" + format;
        return new InspectedFile(clean, type, cleanName(declaredName, EXTENSIONS.get(type)), preview(image));
    }

    private BufferedImage decode(String field, byte[] bytes) {
        int orientation = ExifOrientation.of(bytes);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new FileRefused(field, FileRefused.Reason.UNREADABLE_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // a small file can declare a huge canvas (a decompression bomb): refuse before allocating it
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new FileRefused(field, FileRefused.Reason.IMAGE_TOO_LARGE);
                }
                return ExifOrientation.upright(reader.read(0), orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRefused refused) {
                throw refused;
            }
            throw new FileRefused(field, FileRefused.Reason.UNREADABLE_IMAGE);
        }
    }

    private byte[] preview(BufferedImage image) {
        double scale = Math.min(1.0, (double) previewSize / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, AffineTransform.getScaleInstance(scale, scale), null);
        } finally {
            g.dispose();
        }
        return write(small, "jpeg");
    }

    /** JPEG has no alpha channel: such pixels are laid on white first. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Written with no metadata at all: nothing of the original file but its pixels survives. */
    private static byte[] write(BufferedImage image, String format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The name as a person reads it, safe anywhere: the last path segment only, no control or format characters, no
     * quotes or reserved characters, no leading dots, at most {@value #NAME_BASE_MAX} characters, and the extension
     * of the type the bytes are.
     */
    static String cleanName(String declared, String extension) {
        String name = baseName(declared);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        StringBuilder clean = new StringBuilder();
        base.codePoints()
                .filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT
                        && "\"<>:|?*;%".indexOf(c) < 0)
                .limit(NAME_BASE_MAX)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip().replaceAll("^\\.+", "").strip();
        if (result.isEmpty()) {
            result = UNNAMED;
        }
        return extension == null ? result : result + "." + extension.toLowerCase(Locale.ROOT);
    }

    /** The name as sent, made safe to show in a message (its own extension kept). */
    static String shownName(String declared) {
        String name = baseName(declared);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : null;
        String clean = cleanName(name, extension == null || extension.isBlank() ? null : extension);
        return clean.equals(UNNAMED) && name.isEmpty() ? "" : clean;
    }

    private static String baseName(String declared) {
        if (declared == null) {
            return "";
        }
        String name = declared.replace('\0', ' ');
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
    }
}
