// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Test helper: typesets the lines of an official document one column wide on A4 with the bundled
 * font, as a 红头 PDF is laid out (long lines wrap, a blank line leaves a gap, a page footer — N —);
 * and writes scans: pages that hold only an image.
 */
public final class OfficialPdf {
    private static final float MARGIN = 72;
    private static final float SIZE = 12;
    private static final float LEADING = 20;

    private OfficialPdf() {
    }

    public static void write(List<String> lines, Path out) throws IOException {
        try (PDDocument doc = new PDDocument();
                InputStream in = OfficialPdf.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc");
                TrueTypeCollection ttc = new TrueTypeCollection(in)) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDRectangle a4 = PDRectangle.A4;
            float width = a4.getWidth() - 2 * MARGIN;
            List<String> typeset = new ArrayList<>();
            for (String line : lines) {
                String t = line.stripTrailing();
                if (t.isBlank()) {
                    typeset.add("");
                    continue;
                }
                typeset.addAll(PdfText.wrap(font, SIZE, t, width));
            }
            int perPage = (int) ((a4.getHeight() - 2 * MARGIN) / LEADING);
            int number = 1;
            for (int from = 0; from < typeset.size(); from += perPage, number++) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = from; i < Math.min(typeset.size(), from + perPage); i++) {
                        String s = typeset.get(i);
                        if (s.isEmpty()) {
                            continue;
                        }
                        String indent = s.substring(0, s.length() - s.stripLeading().length());
                        float x = MARGIN + font.getStringWidth(indent) / 1000 * SIZE;
                        PdfText.show(cs, font, SIZE, s.stripLeading(), x, a4.getHeight() - MARGIN - (i - from) * LEADING);
                    }
                    String footer = "— " + number + " —";
                    PdfText.show(cs, font, SIZE, footer, (a4.getWidth() - font.getStringWidth(footer) / 1000 * SIZE) / 2, 30);
                }
            }
            doc.save(out.toFile());
        }
    }

    /** A scan: {@code pages} pages that hold one grey image each and no text. */
    public static void writeScan(int pages, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(60, 80,
                    java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
    }
}
