package nl.huurronde.brieven;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

import org.openpdf.text.Image;

/**
 * The corporation's logo, read once per file. A transparent PNG is flattened onto white paper once:
 * PDF/A-1 forbids soft masks, and a letter is printed on white anyway.
 */
final class Logo {

    private static final Map<Path, byte[]> BYTES = new ConcurrentHashMap<>();

    private Logo() {}

    /** A fresh {@link Image} (cheap: no decoding of the pixel data) for one document, or null without logo. */
    static Image voor(Path pad) {
        if (pad == null) {
            return null;
        }
        byte[] bytes = BYTES.computeIfAbsent(pad.toAbsolutePath().normalize(), Logo::lees);
        try {
            return Image.getInstance(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Logo niet te lezen: " + pad.getFileName(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Logo niet te lezen: " + pad.getFileName(), e);
        }
    }

    private static byte[] lees(Path pad) {
        try {
            byte[] bytes = Files.readAllBytes(pad);
            BufferedImage beeld = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (beeld == null) {
                throw new IllegalArgumentException("Logo is geen PNG of JPEG: " + pad.getFileName());
            }
            if (!beeld.getColorModel().hasAlpha() && isJpeg(bytes)) {
                return bytes;
            }
            BufferedImage wit = new BufferedImage(beeld.getWidth(), beeld.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = wit.createGraphics();
            try {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, wit.getWidth(), wit.getHeight());
                g.drawImage(beeld, 0, 0, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            ImageIO.write(wit, "png", uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Logo niet te lezen: " + pad.getFileName(), e);
        }
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }
}
