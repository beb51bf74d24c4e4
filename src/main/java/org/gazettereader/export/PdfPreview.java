// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.config.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders the pages of an exported PDF as images: thumbnails for the preview, full pages for printing. */
public final class PdfPreview {
    private PdfPreview() {
    }

    /** The first {@code max} pages at {@code dpi}. */
    public static List<BufferedImage> render(byte[] pdf, int max, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            List<BufferedImage> out = new ArrayList<>();
            for (int i = 0; i < Math.min(max, doc.getNumberOfPages()); i++) {
                out.add(r.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return out;
        }
    }

    /**
     * Page {@code index} (0-based) scaled to {@code widthPx} pixels wide, for a preview that can be
     * zoomed: each zoom renders the page afresh at the size it is shown, so text stays sharp.
     */
    public static BufferedImage renderPage(byte[] pdf, int index, float widthPx) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (index < 0 || index >= doc.getNumberOfPages()) {
                throw new ExportException(Problem.of("export.noPage", index + 1, doc.getNumberOfPages()));
            }
            float width = doc.getPage(index).getMediaBox().getWidth();
            return new PDFRenderer(doc).renderImage(index, Math.max(0.05f, widthPx / width), ImageType.RGB);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
