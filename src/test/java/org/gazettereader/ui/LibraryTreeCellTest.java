// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.ui.action.Tips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows of the library tree in a pane as narrow as the window gives it, at the smallest, the default
 * and the largest text size the reader offers: the title wraps inside the pane, the 文号 is the
 * smaller second line and in the tooltip, and a notice without a 文号 shows its title alone.
 */
class LibraryTreeCellTest {
    private final FxRobot robot = new FxRobot();
    private TreeView<TreeNode> tree;
    private List<LibraryNotice> notices;
    private Locale saved;

    @BeforeEach
    void show() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        String family = BundledFont.load();
        List<Notice> parsed = Samples.sampleNotices();
        notices = new ArrayList<>();
        for (Notice n : parsed) {
            notices.add(new LibraryNotice(1, "吕梁市人民政府公报", 2023, 1, n));
        }
        Notice first = parsed.get(0);
        // An appointment list or an order: no 文号 at all.
        notices.add(new LibraryNotice(1, "吕梁市人民政府公报", 2023, 1, new Notice(99, "no-number", first.section(),
                "吕梁市人民政府关于任免工作人员的决定", null, "决定", first.issuer(), null, null, null, null, null,
                first.blocks(), List.of())));
        LibraryTree model = new LibraryTree(new Messages(Locale.SIMPLIFIED_CHINESE), new SameThreadBackground(), id -> notices);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            tree = new TreeView<>();
            LibraryCell.install(tree);
            TreeItem<TreeNode> root = LibraryTree.item(TreeNode.Kind.ROOT, "公报库", null);
            root.setExpanded(true);
            root.getChildren().setAll(model.children(1, notices));
            tree.setRoot(root);
            tree.setShowRoot(false);
            Scene scene = new Scene(tree, 320, 700);
            Theme.LIGHT.apply(scene);
            tree.setStyle("-fx-font-family: \"" + family + "\";");
            s.setScene(scene);
            // The primary stage is shared: a test before may have left it larger than the headless screen.
            s.setMinWidth(0); // the application sets 800 × 600
            s.setMinHeight(0);
            s.setX(0);
            s.setY(0);
            s.setWidth(320);
            s.setHeight(700);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(saved);
    }

    private List<LibraryCell> noticeCells() {
        return robot.lookup(".library-cell").queryAllAs(LibraryCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null && c.getItem().kind() == TreeNode.Kind.NOTICE)
                .filter(c -> c.isVisible() && c.getHeight() > 0)
                .sorted(java.util.Comparator.comparingInt(LibraryCell::getIndex)).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 14, 18, 40})
    void titleFirstThenTheNumberInsideThePane(int size) throws Exception {
        robot.interact(() -> tree.setStyle(tree.getStyle() + "-fx-font-size: " + size + "px;"));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ReaderTest.snapshot(tree.getScene(), java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                .resolve("tree-rows-" + size + "px.png"));
        Bounds pane = tree.localToScene(tree.getLayoutBounds());
        List<LibraryCell> cells = noticeCells();
        assertThat(cells).hasSizeGreaterThanOrEqualTo(2);
        for (LibraryCell c : cells) {
            Notice n = c.getItem().notice().notice();
            assertThat(c.titleLabel().getText()).isEqualTo(n.title());
            assertThat(c.titleLabel().isVisible()).isTrue();
            Bounds title = c.titleLabel().localToScene(c.titleLabel().getLayoutBounds());
            // Inside the pane: wrapped, never running off its right edge.
            assertThat(title.getMaxX()).as("title of %s at %d px", n.docNumber(), size).isLessThanOrEqualTo(pane.getMaxX());
            assertThat(title.getWidth()).isGreaterThan(size * 3.0);
            // Tall enough for at least one whole line of its own font.
            assertThat(title.getHeight()).isGreaterThanOrEqualTo(c.titleLabel().getFont().getSize());
            if (n.docNumber() == null) {
                assertThat(c.secondaryLabel().isVisible()).isFalse();
                assertThat(Tips.text(c)).isEqualTo(n.title());
            } else {
                assertThat(c.secondaryLabel().isVisible()).isTrue();
                assertThat(c.secondaryLabel().getText()).isEqualTo(n.docNumber());
                assertThat(c.secondaryLabel().getFont().getSize()).isLessThan(c.titleLabel().getFont().getSize());
                assertThat(Tips.text(c)).isEqualTo(n.title() + "\n" + n.docNumber());
                Bounds doc = c.secondaryLabel().localToScene(c.secondaryLabel().getLayoutBounds());
                assertThat(doc.getMinY()).isGreaterThanOrEqualTo(title.getMaxY() - 1);
                assertThat(doc.getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
            }
            // The row is tall enough for what it shows: nothing overlaps the next row.
            assertThat(c.getHeight()).isGreaterThanOrEqualTo(c.titleLabel().getHeight()
                    + (c.secondaryLabel().isManaged() ? c.secondaryLabel().getHeight() : 0));
        }
        // A long title wraps over more than one line instead of being cut to a few characters.
        LibraryCell longest = cells.stream().max(java.util.Comparator.comparingInt(c -> c.titleLabel().getText().length()))
                .orElseThrow();
        assertThat(longest.titleLabel().getHeight()).isGreaterThan(longest.titleLabel().getFont().getSize() * 1.9);
        assertThat(robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                .noneMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
    }

    @Test
    void aNoticeWithoutNumberShowsItsTitleAlone() {
        LibraryCell none = noticeCells().stream().filter(c -> c.getItem().notice().notice().docNumber() == null)
                .findFirst().orElse(null);
        if (none == null) { // below the fold: scroll it into view
            robot.interact(() -> tree.scrollTo(tree.getExpandedItemCount() - 1));
            WaitForAsyncUtils.waitForFxEvents();
            none = noticeCells().stream().filter(c -> c.getItem().notice().notice().docNumber() == null)
                    .findFirst().orElseThrow();
        }
        assertThat(none.titleLabel().getText()).isEqualTo("吕梁市人民政府关于任免工作人员的决定");
        assertThat(none.secondaryLabel().isManaged()).isFalse();
        assertThat(none.getAccessibleText()).isEqualTo("吕梁市人民政府关于任免工作人员的决定");
    }

    @Test
    void rowsFitAgainWhenThePaneIsResized() throws Exception {
        LibraryCell first = noticeCells().get(0);
        String title = first.titleLabel().getText();
        double narrowHeight = first.getHeight();
        robot.interact(() -> tree.getScene().getWindow().setWidth(700));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        LibraryCell wide = noticeCells().stream().filter(c -> c.titleLabel().getText().equals(title)).findFirst().orElseThrow();
        Bounds pane = tree.localToScene(tree.getLayoutBounds());
        assertThat(wide.titleLabel().getWidth()).isGreaterThan(500);
        assertThat(wide.getHeight()).isLessThan(narrowHeight);
        assertThat(wide.titleLabel().localToScene(wide.titleLabel().getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
        robot.interact(() -> tree.getScene().getWindow().setWidth(260));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        LibraryCell narrow = noticeCells().stream().filter(c -> c.titleLabel().getText().equals(title)).findFirst().orElseThrow();
        assertThat(narrow.titleLabel().localToScene(narrow.titleLabel().getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(tree.localToScene(tree.getLayoutBounds()).getMaxX());
        assertThat(narrow.getHeight()).isGreaterThanOrEqualTo(narrow.titleLabel().getHeight() + narrow.secondaryLabel().getHeight());
    }
}
