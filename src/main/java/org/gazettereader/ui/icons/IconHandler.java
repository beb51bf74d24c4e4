// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.icons;

import java.io.InputStream;
import java.net.URL;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;

/** Ikonli's way to the reader's icon font (found through {@code META-INF/services}). */
public final class IconHandler extends AbstractIkonHandler {
    /** The font in the jar: the icons the reader draws, and nothing else. */
    public static final String FONT = "/assets/fonts/gazette-icons.ttf";
    public static final String FAMILY = "Gazette Reader Icons";
    private static final String PREFIX = "gzi-";

    @Override
    public boolean supports(String description) {
        return description != null && description.startsWith(PREFIX);
    }

    @Override
    public Ikon resolve(String description) {
        return Icon.find(description);
    }

    @Override
    public URL getFontResource() {
        return IconHandler.class.getResource(FONT);
    }

    @Override
    public InputStream getFontResourceAsStream() {
        return IconHandler.class.getResourceAsStream(FONT);
    }

    @Override
    public String getFontFamily() {
        return FAMILY;
    }
}
