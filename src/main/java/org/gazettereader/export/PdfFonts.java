// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gazettereader.typeset.OfficialFonts;
import org.gazettereader.typeset.TextStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF's fonts, embedded as subsets: the official ones the machine has ({@link OfficialFonts};
 * TrueType only, PDFBox cannot embed CFF outlines), the bundled font for the rest or for a file that
 * will not load. Open font files stay open until the document is saved, then {@link #close()}.
 */
final class PdfFonts implements Closeable {
    static final String BUNDLED = "/assets/fonts/wqy-microhei.ttc";
    static final String BUNDLED_NAME = "WenQuanYiMicroHei";
    /** The bundled family as {@link OfficialFonts} names it. */
    static final String BUNDLED_FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    private final List<Closeable> open = new ArrayList<>();
    private final Map<TextStyle, PDType0Font> fonts = new EnumMap<>(TextStyle.class);
    private final Map<TextStyle, Boolean> embolden = new EnumMap<>(TextStyle.class);
    private final PDType0Font bundled;

    /** Loads the bundled font and the official faces found among {@code installed}. */
    PdfFonts(PDDocument doc, List<SystemFonts.FontFile> installed) throws IOException {
        bundled = bundled(doc);
        List<String> families = new ArrayList<>();
        installed.forEach(f -> families.addAll(f.families()));
        OfficialFonts choice = new OfficialFonts(families, family -> find(installed, family, true) != null, BUNDLED_FAMILY);
        Map<Path, PDType0Font> loaded = new HashMap<>();
        for (TextStyle style : TextStyle.values()) {
            OfficialFonts.Face face = choice.face(style);
            SystemFonts.FontFile file = face.family().equals(BUNDLED_FAMILY) ? null : find(installed, face.family(), face.bold());
            PDType0Font font = file == null ? null : loaded.computeIfAbsent(file.file(), p -> load(doc, file));
            fonts.put(style, font == null ? bundled : font);
            // A face that would not load: the bundled font, thickened where the style is bold.
            embolden.put(style, font == null ? style.bold() : face.embolden());
        }
        PdfMeasurer.check(bundled);
    }

    PDType0Font font(TextStyle style) {
        return fonts.get(style);
    }

    /** Whether a style's text is drawn thicker (its font has no bold face). */
    boolean embolden(TextStyle style) {
        return embolden.get(style);
    }

    /** Header, footer and page numbers. */
    PDType0Font body() {
        return fonts.get(TextStyle.BODY);
    }

    PDType0Font bundled() {
        return bundled;
    }

    private PDType0Font bundled(PDDocument doc) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IOException("Bundled font missing from the class path: " + BUNDLED);
            }
            TrueTypeCollection ttc = new TrueTypeCollection(in);
            open.add(ttc);
            TrueTypeFont ttf = ttc.getFontByName(BUNDLED_NAME);
            if (ttf == null) {
                throw new IOException("Font " + BUNDLED_NAME + " not found in " + BUNDLED);
            }
            return PDType0Font.load(doc, ttf, true);
        }
    }

    /** The face of {@code family} in the wanted weight, regular first when several match. */
    private static SystemFonts.FontFile find(List<SystemFonts.FontFile> installed, String family, boolean bold) {
        SystemFonts.FontFile best = null;
        for (SystemFonts.FontFile f : installed) {
            if (f.bold() == bold && f.families().stream().anyMatch(family::equalsIgnoreCase)
                    && (best == null || f.style().toLowerCase(Locale.ROOT).startsWith("regular"))) {
                best = f;
            }
        }
        return best;
    }

    /** The font of {@code file}, or null when it cannot be read or embedded (the caller falls back). */
    private PDType0Font load(PDDocument doc, SystemFonts.FontFile file) {
        try {
            TrueTypeFont ttf = parse(file);
            if (ttf == null || ttf instanceof OpenTypeFont otf && otf.isPostScript()
                    || ttf.getUnicodeCmapLookup() == null || ttf.getUnicodeCmapLookup().getGlyphId('公') == 0) {
                LOG.info("font {} cannot be embedded or has no Chinese; using the bundled font", file.file());
                return null;
            }
            return PDType0Font.load(doc, ttf, true);
        } catch (IOException | RuntimeException e) {
            LOG.warn("font {} could not be loaded ({}); using the bundled font", file.file(), e.toString());
            return null;
        }
    }

    private TrueTypeFont parse(SystemFonts.FontFile file) throws IOException {
        String name = file.file().getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.file().toFile());
            open.add(ttc);
            if (file.postscriptName() != null) {
                return ttc.getFontByName(file.postscriptName());
            }
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> first[0] = first[0] == null ? f : first[0]);
            return first[0];
        }
        RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.file().toFile());
        TrueTypeFont ttf = name.endsWith(".otf") ? new OTFParser().parse(in) : new TTFParser().parse(in);
        open.add(ttf);
        return ttf;
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
