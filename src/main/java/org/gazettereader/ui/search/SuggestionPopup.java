// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.search;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.ListView;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;

/**
 * How the suggestion popup under the search field behaves. Enter searches for what was typed (the
 * result list stays); a suggestion is taken once the person moved onto it (Down, then Enter) or
 * tapped it, so none is shown selected before that. Rows fit the theme and a finger.
 */
final class SuggestionPopup {
    private static final double ROW = 34;
    /** Suggestions shown at once. */
    static final int ROWS = 8;
    private static final String CSS = "/org/gazettereader/ui/suggestions.css";

    private final PopupControl popup;
    private final TextField field;
    private boolean movedOnto;
    private ListView<?> list;

    private SuggestionPopup(PopupControl popup, TextField field) {
        this.popup = popup;
        this.field = field;
    }

    static void tune(PopupControl popup, TextField field) {
        SuggestionPopup p = new SuggestionPopup(popup, field);
        p.list(popup.getSkin());
        popup.skinProperty().addListener((o, was, now) -> p.list(now));
        field.textProperty().addListener((o, was, now) -> p.movedOnto = false);
        popup.setOnHidden(e -> p.movedOnto = false);
        popup.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(p::unselect));
        popup.addEventFilter(KeyEvent.KEY_PRESSED, p::key);
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                // From no selection, Down lands on the first suggestion (the list's own step would skip it).
                if (list != null && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    e.consume();
                    list.getSelectionModel().select(0);
                    list.getFocusModel().focus(0);
                }
                movedOnto = true;
            }
            case UP, PAGE_UP, PAGE_DOWN -> movedOnto = true;
            case ENTER -> {
                if (!movedOnto) {
                    e.consume();
                    popup.hide();
                    field.fireEvent(new ActionEvent());
                }
            }
            default -> { }
        }
    }

    /**
     * The popup's list: sized for rows of {@link #ROW} px (it assumes 24; a stylesheet may make them
     * taller, as the kiosk's does, and the list grows with them), nothing selected until moved onto.
     */
    private void list(Skin<?> skin) {
        if (skin == null || !(skin.getNode() instanceof ListView<?> list)) {
            return;
        }
        this.list = list;
        list.getStylesheets().add(SuggestionPopup.class.getResource(CSS).toExternalForm());
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().unbind();
        list.prefHeightProperty().bind(Bindings.min(ROWS, Bindings.size(list.getItems())).multiply(list.fixedCellSizeProperty()).add(4));
        list.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> Platform.runLater(this::unselect));
    }

    /** The binding selects the first suggestion right after it shows or refills the list; undo that. */
    private void unselect() {
        if (list != null && !movedOnto) {
            list.getSelectionModel().clearSelection();
            list.getFocusModel().focus(-1);
        }
    }
}
