// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.bookmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gazettereader.config.GazetteNames;
import org.gazettereader.config.Messages;
import org.gazettereader.model.BookmarkEntry;
import org.gazettereader.model.Anchor;
import org.gazettereader.ui.Background;
import org.gazettereader.ui.reader.ReaderViewModel;

/**
 * Bookmarks, listed by issue: add (Ctrl+D) at the place being read with its heading path as an
 * editable label, rename (F2), delete (Delete) and jump (Enter or double-click). A bookmark is a
 * place in the text, so it survives text-size changes, re-pagination and re-import.
 */
public final class BookmarksPane {
    private final Messages m;
    private final GazetteNames names;
    private final Background background;
    private final BookmarkStore store;
    private final ReaderViewModel reader;
    private final Consumer<BookmarkEntry> jump;
    private final Consumer<Throwable> failed;
    private final TreeView<Object> tree = new TreeView<>();
    private final VBox root;

    private final java.util.function.Supplier<javafx.stage.Window> owner;

    /**
     * {@code failed} tells the person when the library could not keep a change (a full or read-only
     * disk). {@code owner} is the window its dialogs belong to: the pane itself is not in the window until
     * its tab is first shown, and Ctrl+D adds a bookmark from the reader before that.
     */
    public BookmarksPane(Messages m, Background background, BookmarkStore store, ReaderViewModel reader,
                         Consumer<BookmarkEntry> jump, Consumer<Throwable> failed, java.util.function.Supplier<javafx.stage.Window> owner) {
        this.m = m;
        this.owner = owner;
        this.names = new GazetteNames(m);
        this.background = background;
        this.store = store;
        this.reader = reader;
        this.jump = jump;
        this.failed = failed;
        tree.setId("bookmarks-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>(""));
        tree.setCellFactory(t -> new WrappingCell());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                jumpSelected();
            }
        });
        // A filter: the tree's own key handling would take Enter first.
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jumpSelected();
            } else if (e.getCode() == KeyCode.F2) {
                renameSelected();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else {
                return;
            }
            e.consume();
        });
        Label empty = new Label(m.get("bookmarks.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(tree.getRoot().getChildren()));
        StackPane stack = new StackPane(tree, empty);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_CENTER);
        VBox.setVgrow(stack, Priority.ALWAYS);
        Button go = button("bookmark-jump", m.get("bookmarks.jump"), this::jumpSelected);
        Button rename = button("bookmark-rename", m.get("bookmarks.rename"), this::renameSelected);
        Button delete = button("bookmark-delete", m.get("bookmarks.delete"), this::deleteSelected);
        HBox buttons = new HBox(6, go, rename, delete);
        root = new VBox(8, stack, buttons);
        root.setPadding(new Insets(8));
        root.setId("bookmarks-pane");
    }

    public Node root() {
        return root;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinHeight(36);
        return b;
    }

    /** Reloads the list from where the bookmarks are kept. */
    public void refresh() {
        background.submit(store::entries, this::show, failed);
    }

    private void show(List<BookmarkEntry> entries) {
        Map<String, TreeItem<Object>> issues = new LinkedHashMap<>();
        for (BookmarkEntry b : entries) {
            String key = group(b);
            issues.computeIfAbsent(key, k -> {
                TreeItem<Object> i = new TreeItem<>(k);
                i.setExpanded(true);
                return i;
            }).getChildren().add(new TreeItem<>(b));
        }
        tree.getRoot().getChildren().setAll(issues.values());
    }

    /**
     * The group a bookmark is listed under: its issue, or 单篇文件 for a single document (the library
     * gives those no gazette, year or issue).
     */
    private String group(BookmarkEntry b) {
        if (b.gazette() == null) {
            return names.documents();
        }
        return m.get("bookmarks.issue", b.gazette(), b.year() == null ? "?" : String.valueOf(b.year()),
                b.issue() == null ? "?" : b.issue());
    }

    /** Ctrl+D: a bookmark at the place being read, its label (title › heading) editable first. */
    public void addAtCurrentPlace() {
        var doc = reader.documentProperty().get();
        if (doc == null || doc.id() == null) {
            return;
        }
        Anchor at = reader.currentAnchor();
        TextInputDialog d = labelDialog(reader.placeLabel(), "bookmarks.addTitle", "bookmarks.addHeader");
        Optional<String> label = d.showAndWait();
        label.filter(s -> !s.isBlank()).ifPresent(s -> background.submit(
                () -> {
                    store.add(doc.id(), at, s.strip());
                    return null;
                }, x -> refresh(), failed));
    }

    /** The dialog that asks for a bookmark's name, wide enough to show a title › heading label whole. */
    private TextInputDialog labelDialog(String label, String titleKey, String headerKey) {
        TextInputDialog d = new TextInputDialog(label);
        d.initOwner(owner.get());
        d.setTitle(m.get(titleKey));
        d.setHeaderText(m.get(headerKey));
        d.getEditor().setId("bookmark-label");
        d.getEditor().setPrefColumnCount(36);
        d.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return d;
    }

    private BookmarkEntry selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof BookmarkEntry b ? b : null;
    }

    private void jumpSelected() {
        BookmarkEntry b = selected();
        if (b != null) {
            jump.accept(b);
        }
    }

    private void renameSelected() {
        BookmarkEntry b = selected();
        if (b == null) {
            return;
        }
        TextInputDialog d = labelDialog(b.bookmark().label(), "bookmarks.renameTitle", "bookmarks.renameHeader");
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(s -> background.submit(() -> {
            store.rename(b.bookmark().id(), s.strip());
            return null;
        }, x -> refresh(), failed));
    }

    private void deleteSelected() {
        BookmarkEntry b = selected();
        if (b == null) {
            return;
        }
        background.submit(() -> {
            store.delete(b.bookmark().id());
            return null;
        }, x -> refresh(), failed);
    }

    /**
     * A row as wide as the panel, not as its text: a long gazette name or label wraps over more lines
     * instead of running off to the right behind a sideways scroll bar (a tester saw "1999年第1…").
     */
    private static final class WrappingCell extends javafx.scene.control.TreeCell<Object> {
        WrappingCell() {
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item instanceof BookmarkEntry b ? b.bookmark().label() : item.toString());
        }

        /** The height of the text wrapped at the width the row leaves it: the panel's, less indent and arrow. */
        @Override
        protected double computePrefHeight(double width) {
            javafx.scene.control.TreeView<Object> view = getTreeView();
            if (view == null || view.getWidth() <= 0) {
                return super.computePrefHeight(width);
            }
            // 16: a vertical scroll bar's width, which the rows lose when the list is long
            double row = view.getWidth() - view.snappedLeftInset() - view.snappedRightInset() - 16;
            return super.computePrefHeight(Math.max(40, row - org.gazettereader.ui.TreeRows.contentStart(this)));
        }
    }
}
