// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.search;

import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.model.SearchHit;
import org.gazettereader.model.TextMatch;

/**
 * One search result: the title, then 文号 · gazette with year and issue · signing date, then the
 * snippet with its matches marked. Every line wraps to the list's width, so the issue that tells two
 * notices of the same title apart is never cut off.
 */
final class HitCell extends ListCell<SearchHit> {
    private static final double INSET = 30;

    private final Messages m;
    private final GazetteNames names;
    private final ObservableDoubleValue listWidth;

    HitCell(Messages m, GazetteNames names, ObservableDoubleValue listWidth) {
        this.m = m;
        this.names = names;
        this.listWidth = listWidth;
    }

    @Override
    protected void updateItem(SearchHit h, boolean empty) {
        super.updateItem(h, empty);
        if (empty || h == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label title = wrapped(new Label(h.title()));
        title.getStyleClass().add("hit-title");
        Label meta = wrapped(new Label(m.get("search.meta", h.docNumber() == null ? m.get("search.noDocNumber") : h.docNumber(),
                names.where(h.gazette(), h.issue(), h.document()), h.signed() == null ? "" : h.signed().toString())));
        meta.getStyleClass().add("hit-meta");
        TextFlow snippet = new TextFlow();
        snippet.getStyleClass().add("hit-snippet");
        String s = h.snippet().text();
        int pos = 0;
        for (TextMatch mark : h.snippet().marks()) {
            snippet.getChildren().addAll(text(s.substring(pos, mark.start()), "hit-text"),
                    text(s.substring(mark.start(), mark.end()), "hit-mark"));
            pos = mark.end();
        }
        snippet.getChildren().add(text(s.substring(pos), "hit-text"));
        VBox box = new VBox(2, title, meta, snippet);
        box.setPrefWidth(0);
        box.maxWidthProperty().bind(width());
        snippet.maxWidthProperty().bind(width());
        setGraphic(box);
        setText(null);
    }

    /** Titles wrap (most begin with the same issuer, and what tells them apart comes last), and so does the issue line. */
    private Label wrapped(Label label) {
        label.setWrapText(true);
        label.maxWidthProperty().bind(width());
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private javafx.beans.binding.DoubleBinding width() {
        return javafx.beans.binding.Bindings.subtract(listWidth, INSET);
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        return t;
    }
}
