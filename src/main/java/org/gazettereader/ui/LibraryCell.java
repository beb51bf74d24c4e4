// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gazettereader.ui.action.Tips;

/**
 * A row of the library tree: a check box (issues, sections, notices: what is checked goes to print),
 * the label wrapped over at most {@value #MAX_LINES} lines, and for a notice its 文号 as a smaller grey
 * second line. The full title and 文号 are in the tooltip. Rows never push the tree sideways: the
 * label is as wide as the row leaves it, whatever the text size.
 */
public final class LibraryCell extends TreeCell<TreeNode> {
    static final int MAX_LINES = 3;
    private static final double GAP = 4;

    private final CheckBox box = new CheckBox();
    private final Label title = new Label();
    private final Label secondary = new Label();
    private final VBox text = new VBox(1, title, secondary);
    private final HBox row = new HBox(GAP, box, text);
    private BooleanProperty bound;

    public LibraryCell() {
        box.getStyleClass().add("print-check");
        box.setFocusTraversable(false);
        title.getStyleClass().add("tree-title");
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        secondary.getStyleClass().add("tree-secondary");
        secondary.setTextOverrun(OverrunStyle.ELLIPSIS);
        secondary.setMinWidth(0);
        row.setAlignment(Pos.TOP_LEFT);
        row.setFillHeight(false);
        getStyleClass().add("library-cell");
        // The row takes the width the tree gives it instead of asking for the width of its text.
        setPrefWidth(0);
    }

    /** Makes {@code tree} draw its rows with this cell. */
    public static void install(TreeView<TreeNode> tree) {
        tree.setCellFactory(t -> new LibraryCell());
    }

    /** The title line (a notice's title, or the label of any other row). */
    public Label titleLabel() {
        return title;
    }

    /** The 文号 line; not shown for rows without one. */
    public Label secondaryLabel() {
        return secondary;
    }

    @Override
    protected void updateItem(TreeNode item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound);
            bound = null;
        }
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            Tips.set(this, null);
            setAccessibleText(null);
            return;
        }
        title.setText(item.label());
        String doc = item.secondary();
        secondary.setText(doc);
        secondary.setVisible(doc != null);
        secondary.setManaged(doc != null);
        boolean checkable = getTreeItem() instanceof CheckBoxTreeItem<TreeNode>;
        if (getTreeItem() instanceof CheckBoxTreeItem<TreeNode> cb) {
            bound = cb.selectedProperty();
            box.selectedProperty().bindBidirectional(bound);
            box.setAccessibleText(item.label());
        }
        box.setVisible(checkable);
        box.setManaged(checkable);
        setAccessibleText(doc == null ? item.label() : item.label() + " " + doc);
        Tips.set(this, item.kind() == TreeNode.Kind.NOTICE || item.isPlace()
                ? doc == null ? item.label() : item.label() + "\n" + doc : null);
        setGraphic(row);
        fit();
    }

    /** The tree asks each row its height for the row's width: the text is fitted first, so it is the right one. */
    @Override
    protected double computePrefHeight(double width) {
        fit();
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    /**
     * Gives the text the width left of the row once indentation, disclosure arrow and check box are
     * laid out, so that it wraps instead of running off the pane; true when that width changed.
     */
    private boolean fit() {
        TreeView<TreeNode> tree = getTreeView();
        if (tree == null || getGraphic() != row) {
            return false;
        }
        double rowStart = TreeRows.contentStart(this);
        double rowWidth = tree.getWidth() > 0 ? tree.getWidth() - tree.snappedLeftInset() - tree.snappedRightInset() - 16
                : Double.MAX_VALUE;
        double boxWidth = box.isManaged() ? box.prefWidth(-1) + GAP : 0;
        if (rowWidth == Double.MAX_VALUE) {
            return false;
        }
        double width = Math.max(40, Math.floor(rowWidth - rowStart - snappedRightInset() - boxWidth - 2));
        // At most MAX_LINES lines; a longer title ends with … (the tooltip has all of it).
        double height = Math.ceil(title.getFont().getSize() * 1.4) * MAX_LINES;
        if (Math.abs(width - title.getMaxWidth()) < 1 && Math.abs(height - title.getMaxHeight()) < 0.5) {
            return false;
        }
        title.setPrefWidth(width);
        title.setMaxWidth(width);
        secondary.setMaxWidth(width);
        title.setMaxHeight(height);
        return true;
    }
}
