// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Test helper for the PDF fixtures: text wrapped by character and shown at a point. */
final class PdfText {
    private PdfText() {
    }

    /** Shows {@code s} at ({@code x}, {@code y}) in {@code font} at {@code size}. */
    static void show(PDPageContentStream cs, PDType0Font font, float size, String s, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Breaks {@code text} (not blank) into lines no wider than {@code width}, between any two characters. */
    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float cw = font.getStringWidth(ch) / 1000 * size;
            if (w + cw > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                w = 0;
            }
            line.append(ch);
            w += cw;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
