// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.TreeCellSkin;

/** Where a tree row's content starts, for rows that wrap their text at the tree's width. */
public final class TreeRows {
    private TreeRows() {
    }

    /**
     * Where the row's content starts, as the tree cell skin lays it out: the cell's inset, one indent
     * per level, then the disclosure arrow's width (18 px at least, as the skin reserves for leaves).
     */
    public static double contentStart(TreeCell<?> cell) {
        TreeView<?> tree = cell.getTreeView();
        int level = Math.max(0, tree.getTreeItemLevel(cell.getTreeItem()) - (tree.isShowRoot() ? 0 : 1));
        double indent = cell.getSkin() instanceof TreeCellSkin<?> skin ? skin.getIndent() : 10;
        Node arrow = cell.getDisclosureNode();
        double disclosure = Math.max(18, arrow == null ? 0 : arrow.prefWidth(-1));
        return cell.snappedLeftInset() + indent * level + disclosure;
    }
}
