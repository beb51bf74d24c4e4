// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import org.kordamp.ikonli.FontLoader;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.IkonResolverProvider;

/**
 * Ikonli's icon fonts, loaded the way {@link BundledFont} loads the text font: unpacked once into
 * the data folder's cache, checked, and loaded from that file.
 *
 * <p>Ikonli's own loader gives JavaFX the font's address inside the jar, and JavaFX copies such a
 * font into the temporary folder at every start. Where that folder cannot be written (a locked-down
 * terminal), the copy failed and every toolbar button showed an empty box instead of its icon.
 */
public final class IconFonts implements FontLoader {
    private final Path cache;
    private final Map<String, Font> loaded = new ConcurrentHashMap<>();

    IconFonts(Path cache) {
        this.cache = cache;
    }

    /**
     * Makes this the loader of every icon font, before the first icon is made ({@code cache}: the
     * data folder's cache; null loads from the jar as Ikonli does). Ikonli keeps the loader of
     * whoever asked first.
     */
    public static void install(Path cache) {
        IkonResolverProvider.getInstance(new IconFonts(cache));
    }

    @Override
    public void loadFont(IkonHandler handler) {
        URL url = handler.getFontResource();
        handler.setFont(loaded.computeIfAbsent(url.toExternalForm(), k -> load(url)));
    }

    /** The font at {@code url}: from the unpacked file when it can be, else as Ikonli would (through JavaFX's copy). */
    Font load(URL url) {
        Path file = BundledFont.localFile(url, cache);
        Font font = file == null ? null : Font.loadFont(file.toUri().toString(), 16);
        return font != null ? font : Font.loadFont(url.toExternalForm(), 16);
    }
}
