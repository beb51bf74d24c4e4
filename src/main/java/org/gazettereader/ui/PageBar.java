// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.gazettereader.config.Messages;
import org.gazettereader.ui.action.Tips;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.gazettereader.ui.icons.Icon;

/** Pieces of the bar above a paged view (the reader, the print preview), so that both look and read alike. */
public final class PageBar {
    private PageBar() {
    }

    /** The four page-turning buttons, with ids {@code prefix-first}, {@code prefix-previous} … */
    public record Turns(Button first, Button previous, Button next, Button last) {
        public static Turns of(String prefix, Messages m, Runnable first, Runnable previous, Runnable next, Runnable last) {
            return new Turns(button(prefix + "-first", Icon.PAGE_FIRST, m.get("reader.first"), first),
                    button(prefix + "-previous", Icon.CHEVRON_LEFT, m.get("reader.previous"), previous),
                    button(prefix + "-next", Icon.CHEVRON_RIGHT, m.get("reader.next"), next),
                    button(prefix + "-last", Icon.PAGE_LAST, m.get("reader.last"), last));
        }
    }

    /** An icon button whose text is its tooltip and what a screen reader says. */
    public static Button button(String id, Ikon icon, String text, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        Tips.set(b, text);
        b.setAccessibleText(text);
        b.getStyleClass().add("toolbar-action");
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label showing {@code text}; it keeps its full width however narrow the bar gets. */
    public static Label label(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Empty space that takes what the bar has left, pushing what follows to the right. */
    public static Region grow() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }

    /** The bar itself, styled as {@code reader-bar}. */
    public static HBox bar(double spacing, Node... children) {
        HBox bar = new HBox(spacing, children);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("reader-bar");
        return bar;
    }
}
