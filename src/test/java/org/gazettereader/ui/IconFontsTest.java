// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gazettereader.ui.icons.IconHandler;
import org.kordamp.ikonli.AbstractIkonHandler;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.testfx.api.FxToolkit;

/**
 * The icon font is unpacked once into the cache folder and loaded from there (not copied into the
 * temporary folder by JavaFX at every start); without a usable cache it still loads, from the jar.
 */
class IconFontsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static long fontSize;

    /** The reader's icon font inside a jar, as the installed app has it (the tests read it from a folder). */
    private static java.net.URL jarred;

    @BeforeAll
    static void inAJar(@TempDir Path jars) throws Exception {
        byte[] font;
        try (var in = IconHandler.class.getResourceAsStream(IconHandler.FONT)) {
            font = in.readAllBytes();
        }
        fontSize = font.length;
        Path jar = jars.resolve("icons.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry(IconHandler.FONT.substring(1)));
            out.write(font);
            out.closeEntry();
        }
        jarred = new java.net.URL("jar:" + jar.toUri() + "!" + IconHandler.FONT);
    }

    /** A handler of the icon font in the jar. */
    private static IkonHandler handler() {
        return new AbstractIkonHandler() {
            @Override
            public boolean supports(String description) {
                return false;
            }

            @Override
            public Ikon resolve(String description) {
                return null;
            }

            @Override
            public java.net.URL getFontResource() {
                return jarred;
            }

            @Override
            public java.io.InputStream getFontResourceAsStream() {
                throw new UnsupportedOperationException();
            }

            @Override
            public String getFontFamily() {
                return IconHandler.FAMILY;
            }
        };
    }

    private List<Path> cached(Path cache) throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.toList();
        }
    }

    @Test
    void theIconFontIsUnpackedOnceAndLoadedFromTheCache() throws Exception {
        Path cache = dir.resolve("cache");
        IkonHandler handler = handler();
        assertThat(handler.getFontResource().getProtocol()).isEqualTo("jar");
        IconFonts fonts = new IconFonts(cache);
        fonts.loadFont(handler);
        Font font = (Font) handler.getFont();
        assertThat(font).isNotNull();
        assertThat(font.getFamily()).isEqualTo(handler.getFontFamily());
        List<Path> files = cached(cache);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).matches("gazette-icons-[0-9a-f]{8}\\.ttf");
        assertThat(Files.size(files.get(0))).isEqualTo(fontSize);

        // Every handler of the font shares it: loaded once.
        IkonHandler z = handler();
        fonts.loadFont(z);
        assertThat(z.getFont()).isSameAs(font);

        // The next start finds the file checked and leaves it alone.
        FileTime made = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(files.get(0), made);
        IkonHandler next = handler();
        new IconFonts(cache).loadFont(next);
        assertThat(next.getFont()).isNotNull();
        assertThat(cached(cache)).containsExactlyElementsOf(files);
        assertThat(Files.getLastModifiedTime(files.get(0))).isEqualTo(made);
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        new IconFonts(cache).loadFont(handler());
        Path file = cached(cache).get(0);
        Files.write(file, new byte[] {1, 2, 3});
        IkonHandler handler = handler();
        new IconFonts(cache).loadFont(handler);
        assertThat(((Font) handler.getFont()).getFamily()).isEqualTo(handler.getFontFamily());
        assertThat(Files.size(file)).isEqualTo(fontSize);
    }

    @Test
    void withoutAUsableCacheTheFontStillLoads() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        for (Path cache : new Path[] {notAFolder.resolve("cache"), null}) {
            IkonHandler handler = handler();
            new IconFonts(cache).loadFont(handler);
            assertThat(handler.getFont()).as("cache %s", cache).isNotNull();
            assertThat(((Font) handler.getFont()).getFamily()).isEqualTo(handler.getFontFamily());
        }
    }
}
