package org.tongxin.infra.attachments;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The one EXIF field kept after re-encoding, applied to the pixels: a phone stores a portrait photo as landscape
 * pixels plus an orientation tag (0x0112), and without it the stripped photo would lie on its side. Reads JPEG APP1
 * only; any malformed structure counts as "no orientation" (1).
 */
final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {}

    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
                return 1;
            }
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                if (marker == 0xDA || length < 2) {
                    return 1;
                }
                if (marker == 0xE1 && length > 8 && startsWithExif(jpeg, at + 4)) {
                    return fromTiff(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        ByteBuffer tiff =
                ByteBuffer.wrap(b, start, Math.min(end, b.length) - start).slice();
        tiff.order(b[start] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = tiff.getInt(4);
        int entries = tiff.getShort(ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if ((tiff.getShort(entry) & 0xFFFF) == TAG_ORIENTATION) {
                int value = tiff.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The pixels turned and mirrored as orientation {@code o} (1–8) says. */
    static BufferedImage upright(BufferedImage image, int o) {
        if (o <= 1 || o > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = o >= 5;
        AffineTransform t = new AffineTransform();
        switch (o) {
            case 2 -> t.scale(-1, 1);
            case 3 -> t.rotate(Math.PI);
            case 4 -> t.scale(1, -1);
            case 5 -> {
                t.rotate(Math.PI / 2);
                t.scale(1, -1);
            }
            case 6 -> t.rotate(Math.PI / 2);
            case 7 -> {
                t.rotate(-Math.PI / 2);
                t.scale(1, -1);
            }
            default -> t.rotate(-Math.PI / 2);
        }
        // move the turned picture back into the positive quadrant
        java.awt.geom.Rectangle2D box =
                t.createTransformedShape(new java.awt.Rectangle(0, 0, w, h)).getBounds2D();
        AffineTransform shift = AffineTransform.getTranslateInstance(-box.getX(), -box.getY());
        shift.concatenate(t);
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_ARGB : image.getType();
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, shift, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
