// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gazettereader.app.GazetteApp;
import org.gazettereader.config.DataHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, started headless in Chinese on a fresh data folder (its first start imports
 * the sample), with the moves a person makes: keys, clicks on tree rows, reading the page.
 */
abstract class RunningApp {
    @TempDir
    Path home;

    final FxRobot robot = new FxRobot();
    Application app;
    Stage stage;
    private Locale saved;

    @BeforeEach
    void startApp() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        System.setProperty(DataHome.HOME_PROPERTY, home.toString());
        prepare();
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(GazetteApp.class, arguments());
        if (libraryOpens()) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(10_000,
                    () -> !tree().getRoot().getChildren().isEmpty()));
        } else {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Whether the window's library opens: the start waits for its tree then. */
    boolean libraryOpens() {
        return true;
    }

    /** The application's arguments ({@code --name=value} named parameters); none by default. */
    String[] arguments() {
        return new String[0];
    }

    /** What a test puts in the data folder before the window opens; nothing by default (the sample comes on first start). */
    void prepare() throws Exception {
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DataHome.HOME_PROPERTY);
        Locale.setDefault(saved);
    }

    /** Starts the application again on the same data folder (a restart). */
    void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = FxToolkit.setupApplication(GazetteApp.class, arguments());
    }

    /**
     * The library tree, looked up on the FX thread: a lookup from the test thread walks children
     * lists the FX thread may be changing at that moment (the window builds itself while its
     * library opens), and failed once with an IndexOutOfBoundsException inside Parent.lookupAll.
     */
    @SuppressWarnings("unchecked")
    TreeView<TreeNode> tree() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return robot.lookup("#library-tree").queryAs(TreeView.class);
        }
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> robot.lookup("#library-tree").queryAs(TreeView.class));
    }

    void key(KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The text of the page on screen (the left page when two stand side by side). */
    /** After a dialog closes: Monocle sends keys to the closed dialog until the main window is raised and clicked again. */
    void backToTheWindow() {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("#reader-page-label");
    }

    String pageText() {
        Parent page = (Parent) robot.lookup("#page-left").query();
        return page.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }

    /** The tree row whose title or 文号 contains {@code containing}. */
    Node cell(String containing) throws Exception {
        // Rows are several lines tall: bring the row into view first, as a person scrolls to it.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TreeView<TreeNode> t = tree();
            for (int r = 0; r < t.getExpandedItemCount(); r++) {
                var item = t.getTreeItem(r);
                if (item != null && item.getValue().shows(containing)) {
                    int row = r;
                    robot.interact(() -> {
                        var flow = (javafx.scene.control.skin.VirtualFlow<?>) t.lookup(".virtual-flow");
                        if (flow == null || flow.getFirstVisibleCell() == null || row < flow.getFirstVisibleCell().getIndex()
                                || row > flow.getLastVisibleCell().getIndex()) {
                            t.scrollTo(Math.max(0, row - 1));
                        }
                    });
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell")
                .match(c -> shows((TreeCell<?>) c, containing)).tryQuery().isPresent());
        return robot.lookup(".tree-cell").match(c -> shows((TreeCell<?>) c, containing)).query();
    }

    private static boolean shows(TreeCell<?> c, String text) {
        return !c.isEmpty() && c.getItem() instanceof TreeNode n && n.shows(text);
    }

    /** Clicks a tree row near its left end, where its text is visible whatever the row's width. */
    void clickRow(String containing) throws Exception {
        Node c = cell(containing);
        robot.moveTo(c, javafx.geometry.Pos.CENTER_LEFT, new javafx.geometry.Point2D(60, 0), org.testfx.robot.Motion.DIRECT);
        robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the sample issue's node in the tree (click, then → as on a keyboard). */
    void openIssue() throws Exception {
        clickRow("总第22期");
        key(KeyCode.RIGHT);
    }
}
