// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gazettereader.config.Preferences;

/**
 * Remembers the window's size and position; a position on a screen that is gone is ignored, and a
 * window that would reach past the edge of its screen (a smaller screen than the one it was last
 * closed on) is moved back onto it.
 */
final class WindowGeometry {
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;

    private WindowGeometry() {
    }

    static void restore(Stage stage, Preferences prefs) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.getDouble("window.width", DEFAULT_WIDTH), visual.getWidth());
        double h = Math.min(prefs.getDouble("window.height", DEFAULT_HEIGHT), visual.getHeight());
        double width = Math.max(w, 640);
        double height = Math.max(h, 480);
        stage.setWidth(width);
        stage.setHeight(height);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        java.util.List<Screen> on = Double.isNaN(x) || Double.isNaN(y) ? java.util.List.of()
                : Screen.getScreensForRectangle(x, y, Math.min(w, 100), Math.min(h, 100));
        if (!on.isEmpty()) {
            // Its right and bottom edges on that screen too (the left and top edges win where it is larger).
            Rectangle2D screen = on.get(0).getVisualBounds();
            stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    static void store(Stage stage, Preferences prefs) {
        prefs.put("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.put("window.x", stage.getX());
            prefs.put("window.y", stage.getY());
            prefs.put("window.width", stage.getWidth());
            prefs.put("window.height", stage.getHeight());
        }
    }
}
