// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.library.LibraryFolders;
import org.gazettereader.config.Problem;
import org.gazettereader.config.ProblemText;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.typeset.Align;
import org.gazettereader.typeset.Line;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Paragraph;
import org.gazettereader.typeset.TextStyle;
import org.gazettereader.typeset.Typesetter;

/**
 * Exports notices as an A4 PDF laid out after GB/T 9704-2012 by the same typesetting engine as the
 * screen: type area 156 × 225 mm, top margin 37 mm, left 28 mm, body about 16 pt (28 characters a
 * line), title 22 pt centred. Each notice starts on a new page; several notices get a contents page.
 * Running header with gazette, issue and 文号; footer with the page number (— 1 —), the printed-from
 * page, the time of printing, the public terminal printed at (when there is one) and 以正式出版物为准. The official fonts (仿宋, 小标宋, 黑体, 楷体) are used when the
 * machine has them, the bundled font otherwise ({@link PdfFonts}), embedded as subsets; text is
 * selectable, and the outline has an entry per notice and heading. Written to a temporary file and
 * moved into place: a failed export leaves nothing half-written.
 */
public final class PdfExporter {
    private static final float MM = 72f / 25.4f;
    /** The words around the pages: Chinese whatever the interface speaks, as the document they frame. */
    private static final ProblemText TEXT = ProblemText.chinese();
    /** 28 characters in the 156 mm type area. */
    public static final float BODY_PT = 15.75f;
    private static final float SMALL_PT = 9f;

    /** The page geometry of GB/T 9704 in points. */
    public static PageGeometry geometry() {
        float w = PDRectangle.A4.getWidth();
        float h = PDRectangle.A4.getHeight();
        float left = 28 * MM;
        float top = 37 * MM;
        float right = w - left - 156 * MM;
        float bottom = h - top - 225 * MM;
        return new PageGeometry(w, h, top, right, bottom, left);
    }

    /**
     * What an export wrote: its pages, and the characters the font has no glyph for (left out of
     * the PDF, so the caller can warn; empty when every character printed).
     */
    public record Result(int pages, String missingCharacters) {
    }

    private final java.util.function.Supplier<List<SystemFonts.FontFile>> installed;

    /** Exports with the official fonts this machine has, the bundled font for the rest. */
    public PdfExporter() {
        this(SystemFonts::installed);
    }

    /** Exports with the official fonts among {@code installed} (tests give a list of their own). */
    PdfExporter(java.util.function.Supplier<List<SystemFonts.FontFile>> installed) {
        this.installed = installed;
    }

    /**
     * Writes the PDF to {@code out}; refuses ({@link IntoLibraryException}) any path inside a library
     * folder, links followed, before anything is written.
     */
    public Result export(ExportRequest request, Path out) throws IOException {
        refuseInsideLibrary(out);
        // Not Files.createTempFile: that makes the file 0600, and the PDF then keeps it after the move. A file
        // created the ordinary way gets the permissions the user's umask gives every new file (0644 under 022).
        Path tmp = out.toAbsolutePath().getParent().resolve("." + out.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Result result;
            try (OutputStream os = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                result = export(request, os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Throws {@link IntoLibraryException} when {@code target} lies inside a library folder. */
    public static void refuseInsideLibrary(Path target) throws IntoLibraryException {
        var library = LibraryFolders.holding(target);
        if (library.isPresent()) {
            throw new IntoLibraryException(target, library.get());
        }
    }

    public Result export(ExportRequest request, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, installed.get())) {
            Writer writer = new Writer(doc, fonts, request);
            int n = writer.write();
            info(doc, request);
            doc.save(out);
            return new Result(n, writer.missing());
        }
    }

    private static void info(PDDocument doc, ExportRequest r) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Notice first = r.notices().get(0).notice();
        RunningHead head = new RunningHead(GazetteNames.chinese(), TEXT);
        info.setTitle(r.notices().size() == 1 ? first.title() : head.collection(r.notices().get(0), r.notices().size()));
        info.setAuthor(head.author(r.notices().get(0)));
        info.setSubject(first.docNumber());
        info.setCreator("Gazette Reader 公报阅览");
        info.setProducer("Gazette Reader with Apache PDFBox");
        Calendar c = GregorianCalendar.from(r.printedAt().atZone(java.time.ZoneId.systemDefault()));
        info.setCreationDate(c);
    }

    /** Lays out and draws one export. */
    private static final class Writer {
        private final PDDocument doc;
        private final PdfFonts fonts;
        private final ExportRequest request;
        private final PageGeometry g = geometry();
        private final Typesetter typesetter;
        private final PDDocumentOutline outline = new PDDocumentOutline();
        private final RunningHead head = new RunningHead(GazetteNames.chinese(), TEXT);
        private int pageNumber;

        Writer(PDDocument doc, PdfFonts fonts, ExportRequest request) {
            this.doc = doc;
            this.fonts = fonts;
            this.request = request;
            this.typesetter = new Typesetter(new PdfMeasurer(fonts));
        }

        int write() throws IOException {
            List<List<Page>> laidOut = new ArrayList<>();
            List<List<Paragraph>> paragraphs = new ArrayList<>();
            for (LibraryNotice n : request.notices()) {
                List<Paragraph> ps = NoticeLayout.print(n.notice());
                paragraphs.add(ps);
                laidOut.add(typesetter.paginate(ps, g, BODY_PT));
            }
            List<Page> contents = request.notices().size() > 1 ? contents(laidOut) : List.of();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            if (!contents.isEmpty()) {
                PDPage first = null;
                for (Page p : contents) {
                    PDPage page = draw(p, null, null);
                    first = first == null ? page : first;
                }
                outline.addLast(item(TEXT.get("pdf.outlineContents"), first));
            }
            for (int k = 0; k < laidOut.size(); k++) {
                LibraryNotice n = request.notices().get(k);
                List<Page> pages = laidOut.get(k);
                int from = request.fromPage() == null ? 1 : Math.max(1, request.fromPage());
                int to = request.toPage() == null ? pages.size() : Math.min(pages.size(), request.toPage());
                if (from > to) {
                    throw new ExportException(Problem.of("export.pagesOutside", String.valueOf(request.fromPage()),
                            String.valueOf(request.toPage()), pages.size()));
                }
                PDOutlineItem noticeItem = null;
                PDOutlineItem level1 = null;
                for (int i = from - 1; i < to; i++) {
                    PDPage page = draw(pages.get(i), n, pages.size());
                    if (noticeItem == null) {
                        noticeItem = item(n.notice().docNumber() == null ? n.notice().title()
                                : n.notice().title() + "（" + n.notice().docNumber() + "）", page);
                        outline.addLast(noticeItem);
                    }
                    for (Line l : pages.get(i).lines()) {
                        if (l.start() != 0 || (l.style() != TextStyle.HEADING1 && l.style() != TextStyle.HEADING2
                                && l.style() != TextStyle.ATTACHMENT_TITLE)) {
                            continue;
                        }
                        PDOutlineItem h = item(paragraphText(paragraphs.get(k), l), page);
                        if (l.style() == TextStyle.HEADING2 && level1 != null) {
                            level1.addLast(h);
                        } else {
                            noticeItem.addLast(h);
                            level1 = h;
                        }
                    }
                }
            }
            outline.openNode();
            return pageNumber;
        }

        private static String paragraphText(List<Paragraph> paragraphs, Line l) {
            for (Paragraph p : paragraphs) {
                if (p.part() == l.part() && p.block() == l.block()) {
                    return p.text();
                }
            }
            return l.text();
        }

        private static PDOutlineItem item(String title, PDPage page) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(title);
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(page);
            item.setDestination(dest);
            return item;
        }

        /** The contents page(s): each notice's title and 文号 with the PDF page it starts on. */
        private List<Page> contents(List<List<Page>> laidOut) {
            List<Paragraph> ps = new ArrayList<>();
            ps.add(new Paragraph(0, Anchor.TITLE, TEXT.get("pdf.contentsTitle"), TextStyle.TITLE, Align.CENTER, false, 0, null, null));
            List<Paragraph> entries = new ArrayList<>();
            int block = 0;
            for (int k = 0; k < laidOut.size(); k++) {
                Notice n = request.notices().get(k).notice();
                entries.add(new Paragraph(0, block++, entryText(n, 0), TextStyle.BODY, Align.LEFT, false, 0.3, null, null)
                        .keptTogether());
            }
            List<Paragraph> first = new ArrayList<>(ps);
            first.addAll(entries);
            int contentsPages = typesetter.paginate(first, g, BODY_PT).size();
            int start = contentsPages + 1;
            List<Paragraph> fixed = new ArrayList<>(ps);
            block = 0;
            for (int k = 0; k < laidOut.size(); k++) {
                fixed.add(new Paragraph(0, block++, entryText(request.notices().get(k).notice(), start), TextStyle.BODY,
                        Align.LEFT, false, 0.3, null, null).keptTogether());
                start += laidOut.get(k).size();
            }
            return typesetter.paginate(fixed, g, BODY_PT);
        }

        private static String entryText(Notice n, int page) {
            return n.title() + (n.docNumber() == null ? "" : "（" + n.docNumber() + "）") + "……" + page;
        }

        private PDPage draw(Page p, LibraryNotice n, Integer noticePages) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pageNumber++;
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Line l : p.lines()) {
                    float size = (float) (BODY_PT * l.style().scale());
                    float baseline = (float) (h - g.top() - l.y() - (l.height() + size * 0.8) / 2);
                    text(cs, l.text(), size, (float) (g.left() + l.x()), baseline, l.style());
                }
                String footer = "— " + pageNumber + " —";
                float fw = width(footer, 11);
                text(cs, footer, 11, (float) (g.width() - fw) / 2f, (float) (g.bottom() / 2), TextStyle.BODY);
                if (n != null) {
                    String header = head.header(n);
                    text(cs, header, SMALL_PT, (float) g.left(), (float) (h - g.top() / 2), TextStyle.BODY);
                    hairline(cs, (float) g.left(), (float) (h - g.top() / 2 - 5), (float) g.textWidth());
                }
                // Every page printed at a public terminal names it, the contents page too.
                if (n != null || request.terminal() != null) {
                    String from = n == null ? "" : head.from(n, p.printedPage());
                    String at = request.printedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
                    String printed = request.terminal() == null ? TEXT.get("pdf.printed", at)
                            : TEXT.get("pdf.printedAtTerminal", at, request.terminal());
                    String note = from.isEmpty() ? printed : TEXT.get("pdf.fromAndPrinted", from, printed);
                    text(cs, note, SMALL_PT, (float) g.left(), (float) (g.bottom() / 2 - 16), TextStyle.BODY);
                }
            }
            return page;
        }

        private float width(String s, float size) throws IOException {
            return fonts.body().getStringWidth(printable(fonts.body(), s)) / 1000f * size;
        }

        private void text(PDPageContentStream cs, String s, float size, float x, float y, TextStyle style) throws IOException {
            PDType0Font font = fonts.font(style);
            String t = printable(font, s);
            if (t.isEmpty()) {
                return;
            }
            boolean bold = fonts.embolden(style);
            cs.beginText();
            cs.setFont(font, size);
            if (bold) {
                // The font has no bold face: stroke the outlines as well (fill and stroke).
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
                cs.setLineWidth(size / 30f);
            }
            cs.newLineAtOffset(x, y);
            cs.showText(t);
            cs.endText();
            if (bold) {
                cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
        }

        private static void hairline(PDPageContentStream cs, float x, float y, float w) throws IOException {
            cs.setLineWidth(0.5f);
            cs.moveTo(x, y);
            cs.lineTo(x + w, y);
            cs.stroke();
        }

        /** Characters the font has no glyph for, in code point order. */
        String missing() {
            StringBuilder b = new StringBuilder();
            glyphs.entrySet().stream().filter(e -> !e.getValue()).map(java.util.Map.Entry::getKey).sorted()
                    .forEach(b::appendCodePoint);
            return b.toString();
        }

        /** Characters the font lacks are left out rather than failing the whole export; {@link #missing()} names them. */
        private String printable(PDType0Font font, String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                if (hasGlyph(font, cp)) {
                    b.appendCodePoint(cp);
                }
            });
            return b.toString();
        }

        private final java.util.Map<Integer, Boolean> glyphs = new java.util.HashMap<>();
        private final java.util.Map<PDType0Font, java.util.Map<Integer, Boolean>> glyphsByFont = new java.util.HashMap<>();

        /** Whether {@code font} draws {@code cp}; {@link #missing()} names what some font of the export could not. */
        private boolean hasGlyph(PDType0Font font, int cp) {
            boolean has = glyphsByFont.computeIfAbsent(font, f -> new java.util.HashMap<>()).computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            glyphs.merge(cp, has, Boolean::logicalAnd);
            return has;
        }
    }
}
