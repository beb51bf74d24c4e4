// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;

/** Test helper: typesets text paragraphs into a two-column A4 PDF with printed page footers (— N —). */
final class TwoColumnPdf {
    private static final float MARGIN = 56;
    private static final float GUTTER = 28;
    private static final float SIZE = 10;
    private static final float LEADING = 14;

    private TwoColumnPdf() {
    }

    static void write(List<String> paragraphs, Path out, String ownerPassword) throws IOException {
        try (PDDocument doc = new PDDocument();
                InputStream in = TwoColumnPdf.class.getResourceAsStream("/assets/fonts/wqy-microhei.ttc");
                TrueTypeCollection ttc = new TrueTypeCollection(in)) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiMicroHei"), true);
            PDRectangle a4 = PDRectangle.A4;
            float colWidth = (a4.getWidth() - 2 * MARGIN - GUTTER) / 2;
            float top = a4.getHeight() - MARGIN;
            float bottom = MARGIN + 20;
            List<List<String>> pages = new ArrayList<>();
            List<String> columnLines = new ArrayList<>();
            int perColumn = (int) ((top - bottom) / LEADING);
            List<String> all = new ArrayList<>();
            for (String p : paragraphs) {
                String text = printable(font, p.replace("\t", "……"));
                if (text.isBlank()) {
                    continue;
                }
                all.addAll(PdfText.wrap(font, SIZE, text, colWidth));
                all.add("");
            }
            for (String line : all) {
                if (columnLines.size() == 2 * perColumn) {
                    pages.add(columnLines);
                    columnLines = new ArrayList<>();
                }
                if (!(line.isEmpty() && (columnLines.size() % perColumn == 0))) {
                    columnLines.add(line);
                }
            }
            pages.add(columnLines);
            int number = 1;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(a4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).isEmpty()) {
                            continue;
                        }
                        float x = i < perColumn ? MARGIN : MARGIN + colWidth + GUTTER;
                        float y = top - (i % perColumn) * LEADING;
                        PdfText.show(cs, font, SIZE, lines.get(i), x, y);
                    }
                    String footer = "— " + number + " —";
                    float w = font.getStringWidth(footer) / 1000 * SIZE;
                    PdfText.show(cs, font, SIZE, footer, (a4.getWidth() - w) / 2, 28);
                }
                number++;
            }
            if (ownerPassword != null) {
                AccessPermission none = new AccessPermission();
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, "user-secret", none);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out.toFile());
        }
    }

    private static String printable(PDType0Font font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                // a character the font lacks is left out of the fixture
            }
        });
        return b.toString();
    }
}
