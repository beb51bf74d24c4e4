// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.gazettereader.typeset.TextMeasurer;
import org.gazettereader.typeset.TextStyle;

/** Measures with each style's PDF font's own advance widths, so the printed lines are the typeset lines. */
final class PdfMeasurer implements TextMeasurer {
    private final PdfFonts fonts;
    private final Map<Integer, Float> widths = new ConcurrentHashMap<>();

    PdfMeasurer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public double width(String text, TextStyle style, double size) {
        double em = size * style.scale();
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += widths.computeIfAbsent(style.ordinal() << 16 | c, k -> advance(fonts.font(style), c)) / 1000.0 * em;
        }
        return w;
    }

    private static float advance(PDFont font, char c) {
        try {
            return font.getStringWidth(Character.toString(c));
        } catch (IOException | IllegalArgumentException e) {
            // A character the font lacks is drawn as nothing; it takes no room.
            return 0f;
        }
    }

    static void check(PDFont font) {
        try {
            font.getStringWidth("公报");
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font cannot measure Chinese text", e);
        }
    }
}
