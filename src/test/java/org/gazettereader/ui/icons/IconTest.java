// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.kordamp.ikonli.IkonHandler;
import org.junit.jupiter.api.Test;

/** The reader's icon font holds a glyph for every icon it names (an icon added without the font made again would be a box). */
class IconTest {
    @Test
    void everyIconHasItsGlyphInTheFont() throws Exception {
        Font font;
        try (InputStream in = IconHandler.class.getResourceAsStream(IconHandler.FONT)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        assertThat(font.getFamily()).isEqualTo(IconHandler.FAMILY);
        for (Icon i : Icon.values()) {
            assertThat(font.canDisplay(i.getCode())).as(i.name()).isTrue();
        }
        Set<Integer> codes = Arrays.stream(Icon.values()).map(Icon::getCode).collect(Collectors.toSet());
        assertThat(codes).hasSize(Icon.values().length);
        assertThat(font.canDisplay(0xf0001)).as("a Material Design icon the reader does not draw").isFalse();
    }

    @Test
    void ikonliFindsTheHandlerOfEveryIcon() {
        IkonHandler handler = java.util.ServiceLoader.load(IkonHandler.class).stream().map(java.util.ServiceLoader.Provider::get)
                .filter(h -> h instanceof IconHandler).findFirst().orElseThrow();
        for (Icon i : Icon.values()) {
            assertThat(handler.supports(i.getDescription())).as(i.name()).isTrue();
            assertThat(handler.resolve(i.getDescription())).isSameAs(i);
        }
        assertThat(handler.getFontResource()).isNotNull();
    }
}
