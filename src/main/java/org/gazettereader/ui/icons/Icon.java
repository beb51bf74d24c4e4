// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.icons;

import org.kordamp.ikonli.Ikon;

/**
 * The reader's icons: glyphs of Material Design Icons 7.4.47 (Pictogrammers), at their code points
 * there, in a font that holds only these ({@code assets/fonts/gazette-icons.ttf}, 4 KB, made by
 * {@code assets/fonts/make-icon-font.sh}). Ikonli's pack of the whole font, with its 7,000 icon
 * constants, took 1.1 MB of the app and about as much of its class-data archive to draw these 31.
 * A new icon: add it here with its code point, then run the script.
 */
public enum Icon implements Ikon {
    ARROW_LEFT("gzi-arrow-left", 0xf004d),
    BOOKMARK_MULTIPLE_OUTLINE("gzi-bookmark-multiple-outline", 0xf0e16),
    BOOKMARK_PLUS_OUTLINE("gzi-bookmark-plus-outline", 0xf00c4),
    BOOKSHELF("gzi-bookshelf", 0xf125f),
    BOOK_OPEN_PAGE_VARIANT_OUTLINE("gzi-book-open-page-variant-outline", 0xf15d6),
    CART_PLUS("gzi-cart-plus", 0xf0112),
    CHEVRON_DOWN("gzi-chevron-down", 0xf0140),
    CHEVRON_LEFT("gzi-chevron-left", 0xf0141),
    CHEVRON_RIGHT("gzi-chevron-right", 0xf0142),
    CHEVRON_UP("gzi-chevron-up", 0xf0143),
    CLOSE("gzi-close", 0xf0156),
    CONTRAST_BOX("gzi-contrast-box", 0xf0196),
    EXIT_TO_APP("gzi-exit-to-app", 0xf0206),
    FILE_FIND_OUTLINE("gzi-file-find-outline", 0xf0b97),
    FILE_IMPORT_OUTLINE("gzi-file-import-outline", 0xf102f),
    FOLDER_DOWNLOAD_OUTLINE("gzi-folder-download-outline", 0xf10e9),
    FULLSCREEN("gzi-fullscreen", 0xf0293),
    HOME_OUTLINE("gzi-home-outline", 0xf06a1),
    INFORMATION_OUTLINE("gzi-information-outline", 0xf02fd),
    MAGNIFY("gzi-magnify", 0xf0349),
    MAGNIFY_MINUS_OUTLINE("gzi-magnify-minus-outline", 0xf06ec),
    MAGNIFY_PLUS_OUTLINE("gzi-magnify-plus-outline", 0xf06ed),
    MAGNIFY_SCAN("gzi-magnify-scan", 0xf1276),
    NEWSPAPER_VARIANT_OUTLINE("gzi-newspaper-variant-outline", 0xf1004),
    PACKAGE_DOWN("gzi-package-down", 0xf03d4),
    PACKAGE_VARIANT_CLOSED("gzi-package-variant-closed", 0xf03d7),
    PAGE_FIRST("gzi-page-first", 0xf0600),
    PAGE_LAST("gzi-page-last", 0xf0601),
    PRINTER_OUTLINE("gzi-printer-outline", 0xf1786),
    WEATHER_NIGHT("gzi-weather-night", 0xf0594),
    WHITE_BALANCE_SUNNY("gzi-white-balance-sunny", 0xf05a8);

    private final String description;
    private final int code;

    Icon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    /** The icon of {@code description} ({@code gzi-…}), or null. */
    public static Icon find(String description) {
        for (Icon i : values()) {
            if (i.description.equals(description)) {
                return i;
            }
        }
        return null;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }
}
