// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.reader;

import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.gazettereader.typeset.Line;
import org.gazettereader.typeset.Page;
import org.gazettereader.typeset.PageGeometry;
import org.gazettereader.typeset.Span;

/** Draws one typeset page: a sheet of paper with its lines at the positions the typesetter gave them. */
public final class PageView extends Pane {
    private final FxTextMeasurer measurer;

    public PageView(FxTextMeasurer measurer) {
        this.measurer = measurer;
        getStyleClass().add("page");
    }

    public void show(Page page, PageGeometry g, double size) {
        show(page, g, size, java.util.List.of(), null);
    }

    /** Draws the page with {@code hits} highlighted ({@code current} more strongly). */
    public void show(Page page, PageGeometry g, double size, java.util.List<Span> hits, Span current) {
        getChildren().clear();
        setPrefSize(g.width(), g.height());
        setMinSize(g.width(), g.height());
        setMaxSize(g.width(), g.height());
        if (page == null) {
            return;
        }
        for (Line l : page.lines()) {
            for (Span h : hits) {
                if (h.part() != l.part() || h.block() != l.block() || h.end() <= l.start() || h.start() >= l.end()) {
                    continue;
                }
                int from = Math.max(h.start(), l.start()) - l.start();
                int to = Math.min(h.end(), l.end()) - l.start();
                double x0 = measurer.width(l.text().substring(0, from), l.style(), size);
                double x1 = measurer.width(l.text().substring(0, to), l.style(), size);
                javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(g.left() + l.x() + x0,
                        g.top() + l.y() + 2, x1 - x0, l.height() - 4);
                r.getStyleClass().add(h.equals(current) ? "hit-current" : "hit");
                getChildren().add(r);
            }
        }
        for (Line l : page.lines()) {
            Text t = new Text(l.text());
            t.setFont(measurer.font(l.style(), size));
            t.setTextOrigin(VPos.TOP);
            t.setX(g.left() + l.x());
            // Centre the glyphs in the line box (leading split above and below).
            t.setY(g.top() + l.y() + (l.height() - size * l.style().scale() * 1.2) / 2);
            t.getStyleClass().addAll("page-text", "page-" + l.style().name().toLowerCase(java.util.Locale.ROOT));
            getChildren().add(t);
        }
    }
}
