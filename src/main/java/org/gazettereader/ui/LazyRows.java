// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;

/**
 * Tree rows whose children are read the first time they are expanded (an issue's notices, the
 * single documents): a "loading" row stands in until then, and the row stays expandable.
 */
final class LazyRows {
    private LazyRows() {
    }

    static TreeItem<TreeNode> plain(TreeNode node, String loading, Consumer<TreeItem<TreeNode>> load) {
        return lazy(new TreeItem<>(node) {
            @Override
            public boolean isLeaf() {
                return false;
            }
        }, loading, load);
    }

    static CheckBoxTreeItem<TreeNode> checkable(TreeNode node, String loading, Consumer<TreeItem<TreeNode>> load) {
        return lazy(new CheckBoxTreeItem<>(node) {
            @Override
            public boolean isLeaf() {
                return false;
            }
        }, loading, load);
    }

    private static <T extends TreeItem<TreeNode>> T lazy(T row, String loading, Consumer<TreeItem<TreeNode>> load) {
        AtomicBoolean requested = new AtomicBoolean();
        row.expandedProperty().addListener((o, was, now) -> {
            if (now && requested.compareAndSet(false, true)) {
                load.accept(row);
            }
        });
        row.getChildren().add(LibraryTree.item(TreeNode.Kind.CONTENTS, loading, null));
        return row;
    }
}
