// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled font unpacked once from a real jar into the cache, checked at every start. */
class BundledFontCacheTest {
    @TempDir
    Path dir;

    private byte[] font;
    private URL inJar;

    @BeforeEach
    void jarWithTheFont() throws Exception {
        try (InputStream in = BundledFont.class.getResourceAsStream(BundledFont.RESOURCE)) {
            font = in.readAllBytes();
        }
        Path jar = dir.resolve("app.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(BundledFont.RESOURCE.substring(1)));
            j.write(font);
            j.closeEntry();
        }
        inJar = new URL("jar:" + jar.toUri() + "!" + BundledFont.RESOURCE);
    }

    @Test
    void unpackedOnceNamedByItsChecksumAndLeftAsItIs() throws Exception {
        Path cache = dir.resolve("cache");
        Path file = BundledFont.unpacked(inJar, cache);
        CRC32 crc = new CRC32();
        crc.update(font);
        assertThat(file).isEqualTo(cache.resolve(String.format("wqy-microhei-%08x.ttc", crc.getValue())));
        assertThat(Files.readAllBytes(file)).isEqualTo(font);
        long written = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));
        assertThat(BundledFont.unpacked(inJar, cache)).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("not written again").isEqualTo(written - 60_000);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aDamagedCopyIsReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        Path file = BundledFont.unpacked(inJar, cache);
        byte[] damaged = font.clone();
        damaged[damaged.length / 2] ^= 0x10;
        Files.write(file, damaged);
        assertThat(BundledFont.unpacked(inJar, cache)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(font);
        Files.write(file, new byte[] {1, 2, 3});
        assertThat(BundledFont.unpacked(inJar, cache)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(font);
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheFontToTheJar() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder should be");
        assertThat(BundledFont.unpacked(inJar, notAFolder)).isNull();
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }
}
