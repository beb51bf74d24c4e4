// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.gazettereader.config.Messages;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Anchor;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.ui.reader.ReaderDocument;
import org.gazettereader.ui.reader.ReaderViewModel;

/**
 * The library pane: the tree, type-to-select, opening what is selected in the reader, and
 * following the reader (the tree selects the heading being read).
 */
public final class LibraryPane {
    private static final long TYPE_AHEAD_MILLIS = 1200;

    private final TreeView<TreeNode> tree = new TreeView<>();
    private final VBox root;
    private final ReaderViewModel reader;
    private final Messages messages;
    private boolean following;
    private final StringBuilder typed = new StringBuilder();
    private long lastTyped;
    private final Runnable forget;

    LibraryPane(Messages m, ShellViewModel vm, LibraryTree model, ReaderViewModel reader, Runnable focusReader) {
        this.reader = reader;
        this.messages = m;
        Label header = new Label(m.get("library.title"));
        header.getStyleClass().add("pane-header");
        TreeItem<TreeNode> rootItem = LibraryTree.item(TreeNode.Kind.ROOT, m.get("library.root"), null);
        rootItem.setExpanded(true);
        tree.setRoot(rootItem);
        tree.setId("library-tree");
        LibraryCell.install(tree);
        // Space checks or unchecks the selected row, as in any list with check boxes.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            var sel = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE
                    && sel instanceof javafx.scene.control.CheckBoxTreeItem<TreeNode> cb) {
                cb.setSelected(!cb.isSelected());
                e.consume();
            }
        });
        Label empty = new Label(m.get("library.empty"));
        empty.setId("library-empty");
        empty.setWrapText(true);
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(Bindings.isEmpty(rootItem.getChildren()).and(vm.loadingProperty().not()));
        empty.setMouseTransparent(true);
        vm.issuesProperty().addListener((obs, old, now) -> rootItem.getChildren().setAll(model.items(now)));
        forget = () -> rootItem.getChildren().setAll(model.items(vm.issuesProperty().get()));
        rootItem.getChildren().setAll(model.items(vm.issuesProperty().get()));
        StackPane stack = new StackPane(tree, empty);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_CENTER);
        VBox.setVgrow(stack, Priority.ALWAYS);
        root = new VBox(header, stack);
        root.setId("library-pane");
        root.setMinWidth(220);
        root.setPrefWidth(320);

        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                open(now);
            }
        });
        tree.addEventFilter(KeyEvent.KEY_TYPED, this::typeAhead);
        // A click or Enter on something readable hands the keys to the reader; arrows stay in the tree.
        tree.setOnMouseClicked(e -> {
            if (readable(tree.getSelectionModel().getSelectedItem())) {
                focusReader.run();
            }
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && readable(tree.getSelectionModel().getSelectedItem())) {
                focusReader.run();
                e.consume();
            }
        });
        reader.headingProperty().addListener((o, was, now) -> follow(now));
    }

    private static boolean readable(TreeItem<TreeNode> item) {
        return item != null && (item.getValue().kind() == TreeNode.Kind.NOTICE || item.getValue().isPlace()
                || item.getValue().kind() == TreeNode.Kind.CONTENTS);
    }

    /** The notices checked for printing, in tree order (issues checked before they were opened are loaded). */
    void checked(java.util.List<LibraryNotice> notices, java.util.List<Long> unloadedIssues) {
        LibraryTree.checked(tree.getRoot(), notices, unloadedIssues);
    }

    /** Back to the tree as it opened: rows made again from the library's issues, nothing checked, expanded or selected. */
    void forget() {
        following = true;
        try {
            tree.getSelectionModel().clearSelection();
            forget.run();
        } finally {
            following = false;
        }
        typed.setLength(0);
    }

    Node root() {
        return root;
    }

    TreeView<TreeNode> tree() {
        return tree;
    }

    private void open(TreeItem<TreeNode> item) {
        TreeNode n = item.getValue();
        ReaderDocument current = reader.documentProperty().get();
        switch (n.kind()) {
            case NOTICE -> {
                if (current == null || !Objects.equals(current.id(), n.notice().notice().id())) {
                    reader.open(document(n.notice()), null);
                }
            }
            case HEADING, ARTICLE -> {
                if (current != null && Objects.equals(current.id(), n.notice().notice().id())) {
                    reader.show(n.anchor());
                } else {
                    reader.open(document(n.notice()), n.anchor());
                }
            }
            case CONTENTS -> {
                List<LibraryNotice> notices = notices(item.getParent());
                if (!notices.isEmpty()) {
                    reader.open(new ReaderDocument(null, messages.get("tree.contents"),
                            ContentsLayout.paragraphs(notices, messages), null), Anchor.START);
                }
            }
            default -> { }
        }
    }

    /** A notice as the reader shows it. */
    public static ReaderDocument document(LibraryNotice n) {
        return new ReaderDocument(n.notice().id(), n.notice().title(), NoticeLayout.paragraphs(n.notice()),
                n.notice().tocPage());
    }

    private static List<LibraryNotice> notices(TreeItem<TreeNode> issue) {
        List<LibraryNotice> out = new ArrayList<>();
        if (issue == null) {
            return out;
        }
        for (TreeItem<TreeNode> c : issue.getChildren()) {
            if (c.getValue().kind() == TreeNode.Kind.NOTICE) {
                out.add(c.getValue().notice());
            } else if (c.getValue().kind() == TreeNode.Kind.SECTION) {
                c.getChildren().forEach(n -> out.add(n.getValue().notice()));
            }
        }
        return out;
    }

    /** Selects the tree node of the heading being read, without reopening anything. */
    private void follow(Anchor heading) {
        ReaderDocument doc = reader.documentProperty().get();
        if (doc == null || doc.id() == null || heading == null) {
            return;
        }
        TreeItem<TreeNode> found = find(tree.getRoot(), doc.id(), heading);
        if (found == null || found == tree.getSelectionModel().getSelectedItem() || within(found)) {
            return;
        }
        following = true;
        try {
            for (TreeItem<TreeNode> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            following = false;
        }
    }

    /**
     * True when the row selected is an article inside {@code heading}: the reader follows headings,
     * not articles, so an article opened from the tree stays selected under its chapter.
     */
    private boolean within(TreeItem<TreeNode> heading) {
        TreeItem<TreeNode> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null || selected.getValue().kind() != TreeNode.Kind.ARTICLE) {
            return false;
        }
        for (TreeItem<TreeNode> p = selected.getParent(); p != null; p = p.getParent()) {
            if (p == heading) {
                return true;
            }
        }
        return false;
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, String noticeId, Anchor heading) {
        TreeNode v = item.getValue();
        if (v.notice() != null && v.notice().notice().id().equals(noticeId)) {
            if (v.kind() == TreeNode.Kind.NOTICE && heading.block() == -3 && heading.part() == 0) {
                return item;
            }
            if (v.kind() == TreeNode.Kind.HEADING && v.anchor().part() == heading.part()
                    && v.anchor().block() == heading.block()) {
                return item;
            }
        }
        for (TreeItem<TreeNode> c : item.getChildren()) {
            TreeItem<TreeNode> f = find(c, noticeId, heading);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Typing letters selects the next visible node whose label contains them. */
    private void typeAhead(KeyEvent e) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || Character.isISOControl(ch.charAt(0)) || e.isShortcutDown()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (now - lastTyped > TYPE_AHEAD_MILLIS) {
            typed.setLength(0);
        }
        lastTyped = now;
        typed.append(ch);
        String want = typed.toString().toLowerCase(Locale.ROOT);
        int start = Math.max(0, tree.getSelectionModel().getSelectedIndex());
        int rows = tree.getExpandedItemCount();
        for (int k = 0; k < rows; k++) {
            int r = (start + (typed.length() == 1 ? 1 : 0) + k) % rows;
            TreeItem<TreeNode> item = tree.getTreeItem(r);
            if (item != null && item.getValue().shows(want)) {
                tree.getSelectionModel().select(r);
                tree.scrollTo(Math.max(0, r - 3));
                break;
            }
        }
        e.consume();
    }
}
