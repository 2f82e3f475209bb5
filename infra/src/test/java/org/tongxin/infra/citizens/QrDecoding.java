package org.tongxin.infra.citizens;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a poster's QR code back as a phone camera would: the SVG's modules drawn as pixels, decoded by ZXing. */
final class QrDecoding {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrDecoding() {}

    static String text(String svg) throws Exception {
        Matcher box = VIEW_BOX.matcher(svg);
        if (!box.find()) {
            throw new IllegalArgumentException("no viewBox in " + svg);
        }
        int size = Integer.parseInt(box.group(1)) * SCALE;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1)) * SCALE;
            int y = Integer.parseInt(module.group(2)) * SCALE;
            for (int dy = 0; dy < SCALE; dy++) {
                Arrays.fill(pixels, (y + dy) * size + x, (y + dy) * size + x + SCALE, 0xFF000000);
            }
        }
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
                .getText();
    }
}
