// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.SwipeEvent;

/**
 * A horizontal drag with one finger (or the mouse) on a node that turns pages by swipe is
 * delivered to it as a swipe: touch screens that report themselves as a pointer send no gestures,
 * and JavaFX recognises swipes on some platforms only. A swipe the platform delivers itself during
 * the same drag wins, so a page never turns twice.
 */
final class DragSwipe {
    /** Horizontal distance a drag must cover to count as a swipe. */
    static final double MIN_DISTANCE = 80;

    private double startX;
    private double startY;
    private Node target;
    private boolean platformSwiped;
    private boolean firing;

    private DragSwipe() {
    }

    static void install(Scene scene) {
        DragSwipe d = new DragSwipe();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, d::pressed);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, d::released);
        scene.addEventFilter(SwipeEvent.ANY, e -> {
            if (!d.firing) {
                d.platformSwiped = true;
            }
        });
    }

    private void pressed(MouseEvent e) {
        target = e.getButton() == MouseButton.PRIMARY ? swipeable(e.getTarget()) : null;
        startX = e.getSceneX();
        startY = e.getSceneY();
        platformSwiped = false;
    }

    private void released(MouseEvent e) {
        Node t = target;
        target = null;
        if (t == null || platformSwiped) {
            return;
        }
        double dx = e.getSceneX() - startX;
        double dy = e.getSceneY() - startY;
        if (Math.abs(dx) < MIN_DISTANCE || Math.abs(dy) > Math.abs(dx) / 2) {
            return;
        }
        var local = t.sceneToLocal(e.getSceneX(), e.getSceneY());
        SwipeEvent swipe = new SwipeEvent(dx < 0 ? SwipeEvent.SWIPE_LEFT : SwipeEvent.SWIPE_RIGHT, local.getX(), local.getY(),
                e.getScreenX(), e.getScreenY(), false, false, false, false, false, 1,
                new PickResult(t, e.getSceneX(), e.getSceneY()));
        firing = true;
        try {
            Event.fireEvent(t, swipe);
        } finally {
            firing = false;
        }
    }

    /** The nearest node at or above {@code target} that turns pages on a swipe, or null. */
    static Node swipeable(EventTarget target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n.getOnSwipeLeft() != null || n.getOnSwipeRight() != null) {
                return n;
            }
        }
        return null;
    }
}
