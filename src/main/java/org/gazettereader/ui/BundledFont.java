// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * Loads the CJK font shipped with the reader. JavaFX has no Chinese glyphs of its own on Linux,
 * so a missing font must stop the start-up with its path instead of showing boxes.
 */
public final class BundledFont {
    public static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private BundledFont() {
    }

    /** Loads the font collection and returns the family name to use in CSS. */
    public static String load() {
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font not found on the class path: " + RESOURCE);
            }
            Font[] fonts = Font.loadFonts(in, 14);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("Bundled font could not be loaded: " + RESOURCE);
            }
            for (Font f : fonts) {
                if (FAMILY.equals(f.getFamily())) {
                    return FAMILY;
                }
            }
            return fonts[0].getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled font " + RESOURCE, e);
        }
    }
}
