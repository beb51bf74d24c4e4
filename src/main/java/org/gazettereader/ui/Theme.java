// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;

/** The three themes of the reader. AtlantaFX has no high-contrast theme: ours sits on PrimerLight. */
public enum Theme {
    LIGHT("theme.light"),
    DARK("theme.dark"),
    HIGH_CONTRAST("theme.highContrast");

    static final String APP_CSS = "/org/gazettereader/ui/app.css";
    static final String HIGH_CONTRAST_CSS = "/org/gazettereader/ui/high-contrast.css";

    private final String messageKey;

    Theme(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Parses a stored preference, falling back to {@link #LIGHT} for anything unknown. */
    public static Theme fromPreference(String value) {
        if (value != null) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return LIGHT;
            }
        }
        return LIGHT;
    }

    /** Installs the theme on the whole application and the scene's own stylesheets. */
    public void apply(Scene scene) {
        applyToApplication();
        scene.getStylesheets().setAll(stylesheet(APP_CSS));
        if (this == HIGH_CONTRAST) {
            scene.getStylesheets().add(stylesheet(HIGH_CONTRAST_CSS));
        }
    }

    /**
     * Installs the theme's user agent stylesheet, its binary form (the same rules, read without
     * JavaFX's CSS parser). Called before the first control is made, it also spares the start
     * JavaFX's own default, which the first control would otherwise load (Modena) only to have
     * the theme replace it.
     */
    public void applyToApplication() {
        String bss = this == DARK ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!bss.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(bss);
        }
    }

    static String stylesheet(String path) {
        URL url = Theme.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Stylesheet not found on the class path: " + path);
        }
        return url.toExternalForm();
    }
}
