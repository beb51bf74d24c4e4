// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import javafx.scene.text.Font;

/**
 * Loads the CJK font shipped with the reader. JavaFX has no Chinese glyphs of its own on Linux,
 * so a missing font must stop the start-up with its path instead of showing boxes.
 *
 * <p>JavaFX loads a font from a stream by copying it to a temporary file first: for the 5 MB
 * collection inside the jar, unpacked at every start, that was a tenth of the window's start. The
 * font is unpacked once into the data folder's cache instead (its name carries the jar entry's
 * CRC, and the file is checked against it at every start) and loaded from there; where the cache
 * cannot be written, from the jar as before.
 */
public final class BundledFont {
    public static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private BundledFont() {
    }

    /** Loads the font collection from the jar and returns the family name to use in CSS. */
    public static String load() {
        return load(null);
    }

    /**
     * Loads the font collection, through {@code cache} (a folder, made if missing) when it is not
     * null, and returns the family name to use in CSS.
     */
    public static String load(Path cache) {
        URL url = BundledFont.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Bundled font not found on the class path: " + RESOURCE);
        }
        Path file = localFile(url, cache);
        Font[] fonts = file != null ? Font.loadFonts(file.toUri().toString(), 14) : fromStream(url);
        if (fonts == null || fonts.length == 0) {
            throw new IllegalStateException("Bundled font could not be loaded: " + (file != null ? file : RESOURCE));
        }
        for (Font f : fonts) {
            if (FAMILY.equals(f.getFamily())) {
                return FAMILY;
            }
        }
        return fonts[0].getFamily();
    }

    private static Font[] fromStream(URL url) {
        try (InputStream in = url.openStream()) {
            return Font.loadFonts(in, 14);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + RESOURCE, e);
        }
    }

    /**
     * The font at {@code url} as a file JavaFX can load in place: itself when it is one, else its copy
     * unpacked in {@code cache}; null when there is none (no cache, or it cannot be written).
     */
    static Path localFile(URL url, Path cache) {
        return "file".equals(url.getProtocol()) ? asPath(url) : cache == null ? null : unpacked(url, cache);
    }

    private static Path asPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The font file at {@code url} (in a jar) unpacked in {@code cache} as {@code NAME-CRC.EXT} and
     * checked, or null when that cannot be (the jar is used then).
     */
    static Path unpacked(URL url, Path cache) {
        try {
            ZipEntry entry = ((JarURLConnection) url.openConnection()).getJarEntry();
            long crc = entry.getCrc();
            if (crc < 0) {
                return null;
            }
            String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            Path file = cache.resolve(String.format(Locale.ROOT, "%s-%08x%s", stem, crc, ext));
            if (Files.isRegularFile(file) && crcOf(file) == crc) {
                return file;
            }
            Files.createDirectories(cache);
            Path part = Files.createTempFile(cache, "font-", ".part");
            try {
                try (InputStream in = url.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (crcOf(part) != crc) {
                    return null;
                }
                try {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
                return file;
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | ClassCastException | SecurityException e) {
            // A read-only or full data folder, a damaged copy: the font still loads, from the jar.
            return null;
        }
    }

    private static long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0;) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }
}
