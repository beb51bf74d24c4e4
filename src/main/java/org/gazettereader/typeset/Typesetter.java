// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import java.util.ArrayList;
import java.util.List;

/** Lays paragraphs out into lines and pages for a page geometry, a base font size and a measurer. */
public final class Typesetter {
    /** Line height as a multiple of the font size. */
    public static final double LEADING = 1.75;

    private final TextMeasurer measurer;
    private final TitleBreaker titles;

    /** Titles break at the words {@code words} finds. */
    public Typesetter(TextMeasurer measurer, WordBreaks words) {
        this.measurer = measurer;
        this.titles = new TitleBreaker(words);
    }

    /** Titles break at the words of Lucene's SmartChinese segmenter. */
    public Typesetter(TextMeasurer measurer) {
        this(measurer, new SegmentedWords());
    }

    public List<Page> paginate(List<Paragraph> paragraphs, PageGeometry g, double size) {
        State s = new State(g.textHeight());
        double tw = g.textWidth();
        for (int k = 0; k < paragraphs.size(); k++) {
            Paragraph p = paragraphs.get(k);
            double em = size * p.style().scale();
            double lh = em * LEADING;
            if (p.breakBefore() && !s.lines.isEmpty()) {
                s.newPage();
            }
            if (s.y > 0) {
                s.y += p.spaceBefore() * size * LEADING;
            }
            s.printed(p.printedPage());
            if (p.isTable()) {
                table(s, p, tw, size);
                continue;
            }
            double indent = p.indent() ? 2 * em : 0;
            double lead = indent + hang(p.hanging() == null ? null : p.hanging().lead(), p, size);
            double hang = p.hanging() == null ? 0 : indent + hang(p.hanging().hang(), p, size);
            List<int[]> ranges = ranges(p, tw, size);
            if (p.keepTogether() && ranges.size() * lh <= s.height) {
                s.fit(ranges.size() * lh);
            }
            if (p.keepWithNext() && k + 1 < paragraphs.size()) {
                double needed = (p.keepTogether() ? ranges.size() * lh : lh) + chainAfter(paragraphs, k, tw, size);
                if (needed <= s.height) {
                    s.fit(needed);
                }
            }
            for (int[] r : ranges) {
                String text = p.text().substring(r[0], r[1]);
                double w = measurer.width(text, p.style(), size);
                boolean first = r[0] == 0;
                double x = switch (p.align()) {
                    case LEFT -> first ? lead : hang;
                    case CENTER -> Math.max(0, (tw - w) / 2);
                    case RIGHT -> Math.max(0, tw - w - 2 * em);
                };
                s.fit(lh);
                s.lines.add(new Line(text, p.style(), x, s.y, w, lh, p.part(), p.block(), r[0], r[1]));
                s.y += lh;
            }
        }
        s.flush();
        return s.pages;
    }

    /**
     * The height that must follow paragraph {@code k} on its page: the paragraphs kept with their next
     * one (a label, a title, a heading; whole when kept together, else their first line), then the
     * first line of the paragraph after them. A label is never left above its title, nor a title above its heading.
     */
    private double chainAfter(List<Paragraph> paragraphs, int k, double tw, double size) {
        double h = 0;
        for (int j = k + 1; j < paragraphs.size(); j++) {
            Paragraph next = paragraphs.get(j);
            if (next.breakBefore()) {
                break;
            }
            double lh = size * next.style().scale() * LEADING;
            h += next.spaceBefore() * size * LEADING;
            if (!next.keepWithNext() || next.isTable()) {
                return h + lh;
            }
            int lines = next.keepTogether() ? ranges(next, tw, size).size() : 1;
            h += lines * lh;
        }
        return h;
    }

    /** The line ranges of a paragraph that is not a table: titles balanced, the rest filled. */
    private List<int[]> ranges(Paragraph p, double tw, double size) {
        if (p.isTitle()) {
            return titles.lines(p.text(), tw, p.style(), size, measurer);
        }
        double indent = p.indent() ? 2 * size * p.style().scale() : 0;
        if (p.hanging() == null) {
            return LineBreaker.lines(p.text(), tw - indent, tw, p.style(), size, measurer);
        }
        return LineBreaker.lines(p.text(), tw - indent - hang(p.hanging().lead(), p, size),
                tw - indent - hang(p.hanging().hang(), p, size), p.style(), size, measurer);
    }

    private double hang(String text, Paragraph p, double size) {
        return text == null ? 0 : measurer.width(text, p.style(), size);
    }

    private void table(State s, Paragraph p, double tw, double size) {
        double keyMax = 0;
        for (List<String> row : p.rows()) {
            if (row.size() > 1) {
                keyMax = Math.max(keyMax, measurer.width(row.get(0), TextStyle.TABLE_KEY, size));
            }
        }
        double em = size * TextStyle.TABLE_VALUE.scale();
        double keyWidth = Math.min(keyMax + em, tw * 0.35);
        double lh = em * LEADING;
        int offset = 0;
        for (List<String> row : p.rows()) {
            List<Line> rowLines = new ArrayList<>();
            int rowHeight = 0;
            double x = 0;
            int cellOffset = offset;
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                boolean key = c == 0 && row.size() > 1;
                double cw = row.size() == 1 ? tw : key ? keyWidth - em / 2 : (tw - keyWidth) / (row.size() - 1);
                TextStyle style = key ? TextStyle.TABLE_KEY : TextStyle.TABLE_VALUE;
                List<int[]> ranges = LineBreaker.lines(cell, cw, cw, style, size, measurer);
                int k = 0;
                for (int[] r : ranges) {
                    String t = cell.substring(r[0], r[1]);
                    rowLines.add(new Line(t, style, x, k * lh, measurer.width(t, style, size), lh, p.part(), p.block(),
                            cellOffset + r[0], cellOffset + r[1]));
                    k++;
                }
                rowHeight = Math.max(rowHeight, k);
                x += key ? keyWidth : cw;
                cellOffset += cell.length() + 1; // cells are joined by a tab, rows by a line break
            }
            s.fit(rowHeight * lh);
            for (Line l : rowLines) {
                s.lines.add(new Line(l.text(), l.style(), l.x(), s.y + l.y(), l.width(), l.height(), l.part(), l.block(),
                        l.start(), l.end()));
            }
            s.y += rowHeight * lh;
            offset = cellOffset;
        }
    }

    private static final class State {
        final double height;
        final List<Page> pages = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        double y;
        Integer printed;
        Integer pagePrinted;

        State(double height) {
            this.height = height;
        }

        void printed(Integer page) {
            if (page != null) {
                printed = page;
                if (pagePrinted == null) {
                    pagePrinted = page;
                }
            }
        }

        /** Starts a new page when {@code h} does not fit on this one (a block too tall simply continues). */
        void fit(double h) {
            if (y + h > height + 1e-6 && !lines.isEmpty()) {
                newPage();
            }
        }

        /** Closes this page; the next one starts at the printed page reached so far. */
        void newPage() {
            flush();
            pagePrinted = printed;
        }

        void flush() {
            if (!lines.isEmpty() || pages.isEmpty()) {
                pages.add(new Page(pages.size() + 1, lines, pagePrinted));
            }
            lines = new ArrayList<>();
            y = 0;
        }
    }
}
