// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a public terminal's window on the reading surface: full screen with no exit hint and no
 * exit key, back to full screen whenever it drops out (Alt+Tab, focus lost), never iconified,
 * close requests ignored, the window's own leaving keys swallowed, no drag and drop and no
 * context menus in any of the application's windows. What the operating system itself does with
 * keys (Ctrl+Alt+Del, console switching) must be locked there (README, "Public terminal").
 */
public final class KioskLockdown {
    /** Keys that leave or close a window on some desktop, whatever the reader binds to them. */
    static final List<KeyCombination> LEAVING = List.of(
            new KeyCodeCombination(KeyCode.F4, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.F4, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.F11),
            new KeyCodeCombination(KeyCode.F11, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.SPACE, KeyCombination.ALT_DOWN),
            new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN));

    private final Stage stage;
    private final Predicate<KeyEvent> deniedAction;
    private boolean locked;

    private final EventHandler<WindowEvent> closeRequest = Event::consume;
    private final EventHandler<KeyEvent> keys = this::filterKey;
    private final EventHandler<DragEvent> drags = Event::consume;
    private final EventHandler<ContextMenuEvent> menus = Event::consume;
    private final ChangeListener<Boolean> fullScreen = (o, was, now) -> {
        if (locked && !now) {
            // Back at once when the window has the focus; otherwise when it gets it again.
            Platform.runLater(this::restore);
        }
    };
    private final ChangeListener<Boolean> focused = (o, was, now) -> {
        if (locked && now) {
            restore();
        }
    };
    private final ChangeListener<Boolean> iconified = (o, was, now) -> {
        if (locked && now) {
            Platform.runLater(this::restore);
        }
    };
    private final ListChangeListener<Window> windows = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::guard);
        }
    };

    /** {@code deniedAction}: true for a key event that is the shortcut of an action the terminal does not allow. */
    public KioskLockdown(Stage stage, Predicate<KeyEvent> deniedAction) {
        this.stage = stage;
        this.deniedAction = deniedAction;
    }

    /** Locks the window showing {@code scene} (and every window the application opens later). */
    public void lock(Scene scene) {
        locked = true;
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        stage.fullScreenProperty().addListener(fullScreen);
        stage.focusedProperty().addListener(focused);
        stage.iconifiedProperty().addListener(iconified);
        scene.addEventFilter(KeyEvent.ANY, keys);
        guardScene(scene);
        Window.getWindows().forEach(this::guard);
        Window.getWindows().addListener(windows);
        stage.setFullScreen(true);
    }

    /** The administrator leaves the kiosk: the window may close and leave full screen again. */
    public void release() {
        locked = false;
        stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        stage.fullScreenProperty().removeListener(fullScreen);
        stage.focusedProperty().removeListener(focused);
        stage.iconifiedProperty().removeListener(iconified);
        Window.getWindows().removeListener(windows);
        stage.setFullScreenExitKeyCombination(null);
        stage.setFullScreenExitHint(null);
    }

    public boolean locked() {
        return locked;
    }

    private void restore() {
        if (locked && stage.isShowing()) {
            if (stage.isIconified()) {
                stage.setIconified(false);
            }
            if (!stage.isFullScreen()) {
                stage.setFullScreen(true);
            }
        }
    }

    private void filterKey(KeyEvent e) {
        if (!locked || e.getEventType() == KeyEvent.KEY_TYPED) {
            return;
        }
        if (leaving(e) || deniedAction.test(e)) {
            e.consume();
        }
    }

    /** True for a key that leaves or closes a window on some desktop. */
    static boolean leaving(KeyEvent e) {
        return LEAVING.stream().anyMatch(k -> k.match(e)) || e.getCode() == KeyCode.WINDOWS
                || e.getCode() == KeyCode.COMMAND || e.getCode() == KeyCode.CONTEXT_MENU;
    }

    private void guard(Window w) {
        if (w.getScene() != null) {
            guardScene(w.getScene());
        }
        w.sceneProperty().addListener((o, was, now) -> {
            if (now != null && locked) {
                guardScene(now);
            }
        });
    }

    private void guardScene(Scene scene) {
        // Adding the same handler twice is harmless to the outcome but is avoided all the same.
        scene.removeEventFilter(DragEvent.ANY, drags);
        scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, menus);
        scene.addEventFilter(DragEvent.ANY, drags);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, menus);
        scene.setOnDragOver(null);
        scene.setOnDragDropped(null);
    }
}
