// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.util.Duration;

/**
 * A finger held still for {@value #HOLD_MILLIS} ms on something that has a context action (a
 * context menu, or a handler for one) asks for it, as a right click would; the tap that ends the
 * hold then does not also act as a click. Elsewhere a long press is an ordinary press.
 */
final class LongPress {
    static final long HOLD_MILLIS = 600;
    /** Movement a held finger may make before the press counts as a drag. */
    static final double SLOP = 10;

    private final PauseTransition hold = new PauseTransition(Duration.millis(HOLD_MILLIS));
    private Node target;
    private MouseEvent press;
    private boolean fired;

    private LongPress() {
        hold.setOnFinished(e -> fire());
    }

    static void install(Scene scene) {
        LongPress p = new LongPress();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, p::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, p::dragged);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> p.hold.stop());
        scene.addEventFilter(MouseEvent.MOUSE_CLICKED, p::clicked);
    }

    private void pressed(MouseEvent e) {
        hold.stop();
        fired = false;
        target = e.getButton() == MouseButton.PRIMARY ? withContextAction(e.getTarget()) : null;
        press = e;
        if (target != null) {
            hold.playFromStart();
        }
    }

    private void dragged(MouseEvent e) {
        if (press != null && Math.hypot(e.getSceneX() - press.getSceneX(), e.getSceneY() - press.getSceneY()) > SLOP) {
            hold.stop();
        }
    }

    private void clicked(MouseEvent e) {
        if (fired) {
            fired = false;
            e.consume();
        }
    }

    private void fire() {
        if (target == null || press == null || target.getScene() == null) {
            return;
        }
        fired = true;
        Node picked = press.getPickResult() != null && press.getPickResult().getIntersectedNode() != null
                ? press.getPickResult().getIntersectedNode() : target;
        var local = picked.sceneToLocal(press.getSceneX(), press.getSceneY());
        Event.fireEvent(picked, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                press.getScreenX(), press.getScreenY(), false, new PickResult(picked, press.getSceneX(), press.getSceneY())));
    }

    /** The nearest node at or above {@code t} with a context action, or null. */
    static Node withContextAction(EventTarget t) {
        for (Node n = t instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getOnContextMenuRequested() != null || n instanceof Control c && c.getContextMenu() != null) {
                return n;
            }
        }
        return null;
    }
}
