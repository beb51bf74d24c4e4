// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.net.URL;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.gazettereader.kiosk.KioskSettings;

/**
 * Makes a window fit a finger and a walk-up reader: every target at least 44 × 44 px ({@code
 * kiosk.css}), the whole interface at the terminal's text scale (the root font size, which every em
 * in the stylesheets follows), a horizontal drag on anything that turns pages by swipe turns them
 * ({@link DragSwipe}: many touch screens deliver only mouse events), and a long press where a right
 * click would open a context action ({@link LongPress}).
 *
 * <p>The wiring calls {@link #apply(Scene, KioskSettings)} once, after the scene's root is set and
 * the theme applied; it survives theme changes (which replace the scene's stylesheets) and a new root.
 */
public final class KioskTouch {
    static final String KIOSK_CSS = "/org/gazettereader/ui/kiosk/kiosk.css";
    /** The root font size of the themes (AtlantaFX's 14 px), which the text scale multiplies. */
    public static final double BASE_FONT_PX = 14;
    /** The smallest target a finger hits reliably (WCAG 2.5.5, Apple's and Google's guidelines). */
    public static final double MIN_TARGET_PX = 44;
    private static final String STYLE_MARK = "/*kiosk*/";

    private KioskTouch() {
    }

    /** Applies the kiosk's touch rules to {@code scene}; does nothing when {@code settings} is not a kiosk. */
    public static void apply(Scene scene, KioskSettings settings) {
        if (!settings.enabled()) {
            return;
        }
        String css = stylesheet(KIOSK_CSS);
        keep(scene, css);
        scene.getStylesheets().addListener((ListChangeListener<String>) c -> keep(scene, css));
        scale(scene.getRoot(), settings.textScale());
        scene.rootProperty().addListener((o, was, now) -> scale(now, settings.textScale()));
        DragSwipe.install(scene);
        LongPress.install(scene);
    }

    /** The root font size for a text scale, in px (rounded to a tenth). */
    public static double fontPx(double textScale) {
        return Math.round(BASE_FONT_PX * textScale * 10) / 10.0;
    }

    private static void keep(Scene scene, String css) {
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** Sets the root's font size, keeping whatever else its inline style holds (the font family). */
    private static void scale(Parent root, double textScale) {
        if (root == null) {
            return;
        }
        root.getStyleClass().remove("kiosk");
        root.getStyleClass().add("kiosk");
        String style = root.getStyle() == null ? "" : root.getStyle();
        int mark = style.indexOf(STYLE_MARK);
        if (mark >= 0) {
            style = style.substring(0, mark);
        }
        root.setStyle(style + STYLE_MARK + String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontPx(textScale)));
    }

    /** The URL of a stylesheet on the class path; a missing one stops the start with its path. */
    static String stylesheet(String path) {
        URL url = KioskTouch.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Stylesheet not found on the class path: " + path);
        }
        return url.toExternalForm();
    }
}
