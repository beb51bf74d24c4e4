// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gazettereader.config.Problem;

/**
 * Reads a PDF in reading order with PDFBox: per page, two-column pages column by column, lines
 * rebuilt from glyph positions and joined into paragraphs where a line runs to the column's edge.
 * Each line carries its PDF page number; printed page footers, when present, refine it later.
 */
public final class PdfSourceReader implements SourceReader {
    /** Pages looked at before the whole file is read: the first few, and a few spread over the rest. */
    private static final int FIRST_PAGES = 3;

    /**
     * Hears how far a long PDF has been read and may stop it: {@link #page} after each page,
     * {@link #cancelled} before the next one.
     */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void page(int done, int total) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** A run of text with its box on the page. */
    record Run(String text, float x0, float x1, float y, float size) {
    }

    private final Progress progress;

    public PdfSourceReader() {
        this(Progress.NONE);
    }

    public PdfSourceReader(Progress progress) {
        this.progress = progress;
    }

    @Override
    public List<SourceLine> read(Path file, byte[] bytes) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(file, Problem.of("import.pdfNoExtraction"));
            }
            int pages = doc.getNumberOfPages();
            Collector collector = new Collector();
            if (!hasTextLayer(doc, collector, pages)) {
                throw new ImportException(file, Problem.of("import.pdfScan", pages));
            }
            List<SourceLine> out = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                if (progress.cancelled()) {
                    throw new ImportException(file, Problem.of("import.pdfCancelled", p, pages));
                }
                var box = doc.getPage(p - 1).getMediaBox();
                out.addAll(PageLayout.lines(runs(doc, collector, p), box.getWidth(), box.getHeight(), p));
                out.add(new SourceLine("", p));
                progress.page(p, pages);
            }
            return out;
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, Problem.of("import.pdfPassword"), e);
        } catch (IOException e) {
            throw new ImportException(file, Problem.of("import.pdfDamaged", String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            throw new ImportException(file, Problem.of("import.pdfUnreadable", e.toString()), e);
        }
    }

    private static List<Run> runs(PDDocument doc, Collector collector, int page) throws IOException {
        collector.runs.clear();
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(doc);
        return new ArrayList<>(collector.runs);
    }

    /**
     * Whether the first pages, or pages spread over the rest, carry text: a scan is refused without
     * reading all of it (a cover of images before the text still passes).
     */
    private static boolean hasTextLayer(PDDocument doc, Collector collector, int pages) throws IOException {
        java.util.SortedSet<Integer> probe = new java.util.TreeSet<>();
        for (int p = 1; p <= Math.min(FIRST_PAGES, pages); p++) {
            probe.add(p);
        }
        for (int k = 1; k <= 4; k++) {
            probe.add(Math.max(1, pages * k / 4));
        }
        for (int p : probe) {
            if (!runs(doc, collector, p).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static final class Collector extends PDFTextStripper {
        final List<Run> runs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            // Split a run where the gap between glyphs is wide: a column gutter inside one run.
            int from = 0;
            for (int i = 1; i <= positions.size(); i++) {
                boolean cut = i == positions.size();
                if (!cut) {
                    TextPosition a = positions.get(i - 1);
                    TextPosition b = positions.get(i);
                    float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
                    cut = gap > 2.5f * Math.max(a.getFontSizeInPt(), 1f) || Math.abs(b.getYDirAdj() - a.getYDirAdj()) > a.getHeightDir();
                }
                if (cut) {
                    add(positions.subList(from, i));
                    from = i;
                }
            }
        }

        private void add(List<TextPosition> ps) {
            StringBuilder b = new StringBuilder();
            float x0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float size = 0;
            for (TextPosition p : ps) {
                b.append(p.getUnicode());
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
            }
            if (!b.toString().isBlank()) {
                runs.add(new Run(b.toString(), x0, x1, ps.get(0).getYDirAdj(), size));
            }
        }
    }

    /** Reading order on one page: columns, then lines, then paragraphs. */
    static final class PageLayout {
        private PageLayout() {
        }

        /** Running heads and page footers sit in the top and bottom margins, across both columns. */
        private static final float MARGIN_BAND = 0.05f;

        static List<SourceLine> lines(List<Run> runs, float pageWidth, float pageHeight, int page) {
            if (runs.isEmpty()) {
                return List.of();
            }
            List<Run> head = runs.stream().filter(r -> r.y() < pageHeight * MARGIN_BAND).toList();
            List<Run> foot = runs.stream().filter(r -> r.y() > pageHeight * (1 - MARGIN_BAND)).toList();
            List<Run> body = runs.stream().filter(r -> !head.contains(r) && !foot.contains(r)).toList();
            List<SourceLine> out = new ArrayList<>(column(head, page));
            out.add(new SourceLine("", page));
            float gutter = gutter(body, pageWidth);
            if (gutter < 0) {
                out.addAll(column(body, page));
            } else {
                out.addAll(column(body.stream().filter(r -> r.x1() <= gutter).toList(), page));
                out.add(new SourceLine("", page));
                out.addAll(column(body.stream().filter(r -> r.x0() >= gutter).toList(), page));
            }
            out.add(new SourceLine("", page));
            out.addAll(column(foot, page));
            return out;
        }

        /** The x of an empty vertical strip in the middle of the page with text on both sides, or -1. */
        static float gutter(List<Run> runs, float width) {
            int bins = 200;
            boolean[] covered = new boolean[bins];
            for (Run r : runs) {
                int a = Math.max(0, (int) (r.x0() / width * bins));
                int b = Math.min(bins - 1, (int) (r.x1() / width * bins));
                for (int i = a; i <= b; i++) {
                    covered[i] = true;
                }
            }
            int best = -1;
            int bestLen = 0;
            for (int i = (int) (bins * 0.3); i < bins * 0.7; i++) {
                int j = i;
                while (j < bins * 0.7 && !covered[j]) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestLen = j - i;
                    best = i;
                }
                i = Math.max(i, j);
            }
            if (best < 0 || bestLen < 2) {
                return -1;
            }
            float x = (best + bestLen / 2f) / bins * width;
            long left = runs.stream().filter(r -> r.x1() <= x).count();
            long right = runs.stream().filter(r -> r.x0() >= x).count();
            return left >= 3 && right >= 3 ? x : -1;
        }

        private record Line(String text, float x0, float x1, float y, float size) {
        }

        static List<SourceLine> column(List<Run> runs, int page) {
            if (runs.isEmpty()) {
                return List.of();
            }
            List<Run> sorted = new ArrayList<>(runs);
            sorted.sort(Comparator.comparingDouble(Run::y).thenComparingDouble(Run::x0));
            List<Line> lines = new ArrayList<>();
            List<Run> current = new ArrayList<>();
            for (Run r : sorted) {
                if (!current.isEmpty() && Math.abs(r.y() - current.get(0).y()) > 0.5f * Math.max(r.size(), 1f)) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
                current.add(r);
            }
            if (!current.isEmpty()) {
                lines.add(line(current));
            }
            if (lines.isEmpty()) {
                return List.of();
            }
            float left = (float) lines.stream().mapToDouble(Line::x0).min().orElse(0);
            float right = (float) lines.stream().mapToDouble(Line::x1).max().orElse(0);
            // The leading is the smallest baseline distance; paragraph spacing only makes gaps larger.
            float lineGap = Float.MAX_VALUE;
            for (int i = 1; i < lines.size(); i++) {
                float gap = lines.get(i).y() - lines.get(i - 1).y();
                if (gap > 0.5f * lines.get(i).size()) {
                    lineGap = Math.min(lineGap, gap);
                }
            }

            List<SourceLine> out = new ArrayList<>();
            StringBuilder para = new StringBuilder(lines.get(0).text());
            for (int i = 1; i < lines.size(); i++) {
                Line prev = lines.get(i - 1);
                Line next = lines.get(i);
                boolean full = prev.x1() >= right - 1.5f * prev.size();
                // A page where every line stands apart (nothing wraps) has a blank line's distance as its
                // smallest gap; no text is set wider than about twice its size, so that is no wrap.
                boolean tight = next.y() - prev.y() <= Math.min(lineGap * 1.3f, 2.2f * Math.max(prev.size(), 1f));
                boolean indented = next.x0() > left + 1.2f * next.size();
                if (full && tight && !indented) {
                    para.append(next.text());
                } else {
                    out.add(new SourceLine(para.toString(), page));
                    out.add(new SourceLine("", page));
                    para = new StringBuilder(next.text());
                }
            }
            out.add(new SourceLine(para.toString(), page));
            return out;
        }

        private static Line line(List<Run> runs) {
            runs.sort(Comparator.comparingDouble(Run::x0));
            StringBuilder b = new StringBuilder();
            float x0 = runs.get(0).x0();
            float x1 = runs.get(0).x1();
            float size = 0;
            for (int i = 0; i < runs.size(); i++) {
                Run r = runs.get(i);
                if (i > 0 && r.x0() - runs.get(i - 1).x1() > 0.5f * r.size()) {
                    b.append(' ');
                }
                b.append(r.text());
                x1 = Math.max(x1, r.x1());
                size = Math.max(size, r.size());
            }
            return new Line(b.toString(), x0, x1, runs.get(0).y(), size);
        }
    }
}
