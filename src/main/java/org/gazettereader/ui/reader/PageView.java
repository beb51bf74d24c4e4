// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.gazettereader.typeset.Line;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Span;

/**
 * Draws one typeset page: a sheet of paper with its lines at the positions the typesetter gave them,
 * hits highlighted behind the text, and a selection made by dragging the mouse (copied with Ctrl+C).
 */
public final class PageView extends Pane {
    private final FxTextMeasurer measurer;
    private Page page;
    private PageGeometry geometry;
    private double size;
    private List<Span> hits = List.of();
    private Span current;
    /** Selection as {line, character} from where the drag started to where it is. */
    private int[] anchor;
    private int[] focus;

    public PageView(FxTextMeasurer measurer) {
        this.measurer = measurer;
        getStyleClass().add("page");
        setOnMousePressed(e -> {
            anchor = hit(e.getX(), e.getY());
            focus = anchor;
            redraw();
        });
        setOnMouseDragged(e -> {
            if (anchor != null) {
                focus = hit(e.getX(), e.getY());
                redraw();
            }
        });
    }

    public void show(Page page, PageGeometry g, double size) {
        show(page, g, size, List.of(), null);
    }

    /** Draws the page with {@code hits} highlighted ({@code current} more strongly); a new page clears the selection. */
    public void show(Page page, PageGeometry g, double size, List<Span> hits, Span current) {
        if (page != this.page) {
            anchor = null;
            focus = null;
        }
        this.page = page;
        this.geometry = g;
        this.size = size;
        this.hits = hits;
        this.current = current;
        setPrefSize(g.width(), g.height());
        setMinSize(g.width(), g.height());
        setMaxSize(g.width(), g.height());
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        if (page == null) {
            return;
        }
        PageGeometry g = geometry;
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            for (Span h : hits) {
                if (h.part() != l.part() || h.block() != l.block() || h.end() <= l.start() || h.start() >= l.end()) {
                    continue;
                }
                int from = Math.max(h.start(), l.start()) - l.start();
                int to = Math.min(h.end(), l.end()) - l.start();
                getChildren().add(box(l, from, to, h.equals(current) ? "hit-current" : "hit"));
            }
            int[] sel = selectionOn(i);
            if (sel != null && sel[1] > sel[0]) {
                getChildren().add(box(l, sel[0], sel[1], "selection"));
            }
        }
        for (Line l : lines) {
            Text t = new Text(l.text());
            t.setFont(measurer.font(l.style(), size));
            t.setTextOrigin(VPos.TOP);
            t.setX(g.left() + l.x());
            // Centre the glyphs in the line box (leading split above and below).
            t.setY(g.top() + l.y() + (l.height() - size * l.style().scale() * 1.2) / 2);
            t.getStyleClass().addAll("page-text", "page-" + l.style().name().toLowerCase(Locale.ROOT));
            t.setMouseTransparent(true);
            getChildren().add(t);
        }
    }

    private Rectangle box(Line l, int from, int to, String styleClass) {
        double x0 = measurer.width(l.text().substring(0, from), l.style(), size);
        double x1 = measurer.width(l.text().substring(0, to), l.style(), size);
        Rectangle r = new Rectangle(geometry.left() + l.x() + x0, geometry.top() + l.y() + 2, x1 - x0, l.height() - 4);
        r.getStyleClass().add(styleClass);
        r.setMouseTransparent(true);
        return r;
    }

    /** The {line, character} nearest to a point of the page. */
    private int[] hit(double x, double y) {
        List<Line> lines = page == null ? List.of() : page.lines();
        if (lines.isEmpty()) {
            return new int[] {0, 0};
        }
        double ty = y - geometry.top();
        int best = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (ty >= l.y()) {
                best = i;
            }
        }
        Line l = lines.get(best);
        double tx = x - geometry.left() - l.x();
        int ch = 0;
        double w = 0;
        while (ch < l.text().length()) {
            double cw = measurer.width(l.text().substring(ch, ch + 1), l.style(), size);
            if (w + cw / 2 > tx) {
                break;
            }
            w += cw;
            ch++;
        }
        return new int[] {best, ch};
    }

    /** The selected characters [from, to) of line {@code i}, or null. */
    private int[] selectionOn(int i) {
        if (anchor == null || focus == null) {
            return null;
        }
        int[] a = compare(anchor, focus) <= 0 ? anchor : focus;
        int[] b = a == anchor ? focus : anchor;
        if (i < a[0] || i > b[0]) {
            return null;
        }
        int len = page.lines().get(i).text().length();
        return new int[] {i == a[0] ? a[1] : 0, i == b[0] ? b[1] : len};
    }

    private static int compare(int[] p, int[] q) {
        return p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]);
    }

    /** The selected text, a line break between paragraphs; empty when nothing is selected. */
    public String selectedText() {
        if (page == null || anchor == null || focus == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Line previous = null;
        for (int i = 0; i < page.lines().size(); i++) {
            int[] sel = selectionOn(i);
            if (sel == null || sel[1] <= sel[0]) {
                continue;
            }
            Line l = page.lines().get(i);
            if (previous != null && (previous.part() != l.part() || previous.block() != l.block())) {
                b.append('\n');
            }
            b.append(l.text(), sel[0], sel[1]);
            previous = l;
        }
        return b.toString();
    }
}
