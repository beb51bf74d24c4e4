// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Escape attempts at a public terminal, each as a patron would make it: after every one the window
 * is still showing, full screen and locked, no other window or context menu is open, and every
 * file of the library folder has the hash it had before the window opened.
 */
class KioskLockdownTest extends KioskApp {
    private static final List<KeyCode[]> LEAVING_KEYS = List.of(
            new KeyCode[] {KeyCode.ALT, KeyCode.F4},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.Q},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.W},
            new KeyCode[] {KeyCode.ESCAPE},
            new KeyCode[] {KeyCode.F11},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.O},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.S},
            new KeyCode[] {KeyCode.F1},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.F4},
            new KeyCode[] {KeyCode.ALT, KeyCode.SPACE},
            new KeyCode[] {KeyCode.ALT, KeyCode.ENTER},
            new KeyCode[] {KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W},
            new KeyCode[] {KeyCode.F10},
            new KeyCode[] {KeyCode.ALT},
            new KeyCode[] {KeyCode.WINDOWS});

    private static String name(KeyCode[] keys) {
        StringBuilder b = new StringBuilder();
        for (KeyCode k : keys) {
            b.append(b.length() == 0 ? "" : "+").append(k.getName());
        }
        return b.toString();
    }

    @Test
    void everyKeyThatLeavesTheReadingSurfaceDoesNothing() throws Exception {
        assertLocked("start");
        assertThat(homeShown()).as("the terminal starts at its home screen").isTrue();
        robot.clickOn("#kiosk-home-title");
        for (KeyCode[] keys : LEAVING_KEYS) {
            key(keys);
            assertLocked(name(keys) + " on the home screen");
        }
        toTheLibrary();
        robot.clickOn("#welcome-hint");
        for (KeyCode[] keys : LEAVING_KEYS) {
            key(keys);
            assertLocked(name(keys) + " on the reading surface");
        }
        // The same keys where a patron types: the search field.
        robot.clickOn("#tab-search");
        robot.clickOn("#search-field");
        for (KeyCode[] keys : List.of(LEAVING_KEYS.get(0), LEAVING_KEYS.get(1), LEAVING_KEYS.get(3), LEAVING_KEYS.get(4),
                LEAVING_KEYS.get(5))) {
            key(keys);
            assertLocked(name(keys) + " in the search field");
        }
    }

    @Test
    void theWindowCannotBeClosedLeftOrMinimised() throws Exception {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertLocked("a close request (the window manager's close button, xdotool windowclose)");
        robot.interact(() -> stage.setFullScreen(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, stage::isFullScreen);
        assertLocked("dropping out of full screen (Alt+Tab)");
        robot.interact(() -> stage.setIconified(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !stage.isIconified());
        assertLocked("minimising");
        assertThat(stage.getFullScreenExitHint()).as("no 'Press ESC to exit full-screen mode'").isEmpty();
        assertThat(stage.getFullScreenExitKeyCombination()).isEqualTo(javafx.scene.input.KeyCombination.NO_MATCH);
    }

    @Test
    void noMenuAndOnlyTheReadingSurfacesButtons() throws Exception {
        assertThat(robot.lookup("#menu-bar").tryQuery()).as("no menu bar: File › Quit, Import, About").isEmpty();
        Set<String> shown = new TreeSet<>();
        for (Node n : robot.from(robot.lookup("#tool-bar").queryAll()).lookup(".toolbar-action").queryAll()) {
            if (n.isVisible()) {
                shown.add(n.getId());
            }
        }
        assertThat(shown).containsExactlyInAnyOrder("view-search-button", "read-find-button", "read-bookmark-button",
                "file-basket-button", "file-print-button", "view-zoom-out-button", "view-zoom-in-button",
                "view-theme-light-button", "view-theme-dark-button", "view-theme-high-contrast-button");
        for (String denied : List.of("#file-import-button", "#view-full-screen-button", "#help-about-button")) {
            assertThat(robot.lookup(denied).query().isDisabled()).as(denied + " is off in the action layer").isTrue();
        }
        assertLocked("looking for menus");
    }

    @Test
    void noContextMenuAnywhere() throws Exception {
        robot.rightClickOn("#kiosk-home-latest");
        assertLocked("right click on a home screen tile");
        toTheLibrary();
        openIssue();
        robot.rightClickOn(cell("吕政函〔2023〕6号"));
        assertLocked("right click on a tree row");
        clickRow("吕政函〔2023〕6号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
        robot.rightClickOn("#page-left");
        assertLocked("right click on the page");
        robot.clickOn("#tab-search");
        robot.clickOn("#search-field").write("吕梁");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#search-results")
                .queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        // The suggestions (the reader's own list, not the OS's) close with Esc, as a patron would close them.
        key(KeyCode.ESCAPE);
        robot.rightClickOn("#search-field");
        assertLocked("right click in the search field (cut, copy, paste)");
        key(KeyCode.SHIFT, KeyCode.F10);
        assertLocked("Shift+F10 in the search field");
        robot.moveTo("#search-results").press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        assertLocked("right click on the search results");
        robot.clickOn("#tab-bookmarks");
        robot.rightClickOn("#bookmarks-tree");
        assertLocked("right click on the bookmarks");
    }

    @Test
    void filesDroppedOnTheWindowAreNotImported() throws Exception {
        assertThat(scene().getProperties()).as("no drop handler").doesNotContainKey(ShellView.DROP_HANDLER);
        assertThat(scene().getOnDragDropped()).isNull();
        assertThat(scene().getOnDragOver()).isNull();
        AtomicInteger reached = new AtomicInteger();
        Node tree = robot.lookup("#library-tree").query();
        robot.interact(() -> {
            tree.addEventHandler(DragEvent.ANY, e -> reached.incrementAndGet());
            for (var type : List.of(DragEvent.DRAG_ENTERED, DragEvent.DRAG_OVER, DragEvent.DRAG_DROPPED)) {
                Event.fireEvent(tree, new DragEvent(type, null, 100, 100, 100, 100, TransferMode.COPY, null, null, null));
            }
        });
        assertThat(reached).as("a drag reaches nothing in the window").hasValue(0);
        assertLocked("dragging a file onto the window");
    }

    @Test
    void printingShowsNeitherTheSystemDialogNorSaveAs() throws Exception {
        toTheLibrary();
        openIssue();
        clickRow("吕政函〔2023〕6号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
        key(KeyCode.CONTROL, KeyCode.P);
        // The kiosk's own print screen, in the window: the allowance, Print, and back to reading.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kiosk-print").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertThat(label("#kiosk-print-allowance")).isEqualTo("本次还可打印 20 页");
        assertThat(robot.lookup("#kiosk-print-save").query().isVisible()).as("save as PDF (not configured)").isFalse();
        assertThat(robot.lookup("#print-dialog").tryQuery()).as("the desktop print dialog").isEmpty();
        assertLocked("Ctrl+P");
        robot.clickOn("#kiosk-print-close");
        assertThat(robot.lookup("#kiosk-print").tryQuery()).isEmpty();
        robot.clickOn("#file-print-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kiosk-print").tryQuery().isPresent());
        assertThat(robot.lookup("#print-dialog").tryQuery()).isEmpty();
        assertLocked("the print button");
    }
}
