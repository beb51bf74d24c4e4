// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gazettereader.config.Preferences;

/** Remembers the window's size and position; a position on a screen that is gone is ignored. */
final class WindowGeometry {
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;

    private WindowGeometry() {
    }

    static void restore(Stage stage, Preferences prefs) {
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.getDouble("window.width", DEFAULT_WIDTH), visual.getWidth());
        double h = Math.min(prefs.getDouble("window.height", DEFAULT_HEIGHT), visual.getHeight());
        stage.setWidth(Math.max(w, 640));
        stage.setHeight(Math.max(h, 480));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, Math.min(w, 100), Math.min(h, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
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
