// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
