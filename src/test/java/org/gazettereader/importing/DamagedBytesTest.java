// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gazettereader.model.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files with a few damaged bytes (a stray byte from a bad copy or OCR software, a file cut in the
 * middle of a character) are read, with a warning and U+FFFD where the bytes were; they were refused
 * whole as "not a text file". Damage beyond a few bytes per thousand characters is still refused,
 * and a GBK file is never read as damaged UTF-8.
 */
class DamagedBytesTest {
    @TempDir
    Path dir;

    private static final byte[] SAMPLE = Samples.bytes(Samples.SAMPLE);

    private Issue parse(String name, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve(name), bytes);
        return GazetteParser.standard().parse(file, SourceFiles.standard().read(file)).issue();
    }

    private static byte[] insert(byte[] bytes, int at, byte... extra) {
        byte[] out = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(bytes, at, out, at + extra.length, bytes.length - at);
        return out;
    }

    @Test
    void aStrayByteInUtf8IsReadWithAWarning() throws Exception {
        Issue whole = parse("whole.txt", SAMPLE);
        int lineStart = SAMPLE.length / 2;
        while (SAMPLE[lineStart - 1] != '\n') {
            lineStart++;
        }
        Issue damaged = parse("stray.txt", insert(SAMPLE, lineStart, (byte) 0xFF));
        assertThat(damaged.notices()).hasSameSizeAs(whole.notices()).hasSize(15);
        assertThat(damaged.gazette()).isEqualTo("吕梁市人民政府公报");
        assertThat(damaged.notices().get(0).title()).isEqualTo(whole.notices().get(0).title());
        assertThat(damaged.warnings()).contains("1 character could not be read (damaged bytes in the file); it shows as \uFFFD");
        assertThat(whole.warnings()).noneMatch(w -> w.contains("could not be read"));
    }

    @Test
    void aUtf8FileCutInsideACharacterIsReadWithAWarning() throws Exception {
        // The sample ends in a Chinese character: cutting its last byte leaves two bytes of three.
        assertThat(SAMPLE[SAMPLE.length - 1] & 0xC0).isEqualTo(0x80);
        Issue cut = parse("cut.txt", Arrays.copyOf(SAMPLE, SAMPLE.length - 1));
        assertThat(cut.notices()).hasSize(15);
        assertThat(cut.warnings()).anyMatch(w -> w.startsWith("1 character could not be read"));
    }

    @Test
    void aGbkFileCutInsideACharacterIsReadAsGbkWithAWarning() throws Exception {
        byte[] gbk = new String(SAMPLE, StandardCharsets.UTF_8).strip().getBytes(EncodingDetector.GB18030);
        assertThat(gbk[gbk.length - 1] & 0x80).isNotZero();
        Issue whole = parse("gbk.txt", gbk);
        Issue cut = parse("gbk-cut.txt", Arrays.copyOf(gbk, gbk.length - 1));
        assertThat(cut.notices()).hasSize(15);
        assertThat(cut.notices().get(3).title()).isEqualTo(whole.notices().get(3).title());
        assertThat(cut.warnings()).anyMatch(w -> w.startsWith("1 character could not be read"));
        assertThat(whole.warnings()).noneMatch(w -> w.contains("could not be read"));
    }

    @Test
    void aUtf16FileCutInItsLastCharacterIsReadWithAWarning() throws Exception {
        byte[] body = new String(SAMPLE, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 1]; // BOM, and the last byte of the last character cut
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length - 1);
        Issue cut = parse("utf16-cut.txt", utf16);
        assertThat(cut.notices()).hasSize(15);
        assertThat(cut.warnings()).anyMatch(w -> w.startsWith("1 character could not be read"));
    }

    @Test
    void gbkWithFewChineseCharactersIsNeverTakenForDamagedUtf8() throws Exception {
        String text = "吕梁市人民政府公报\n" + "2023 No. 1 ".repeat(800);
        byte[] gbk = text.getBytes(EncodingDetector.GB18030);
        EncodingDetector.Decoded d = EncodingDetector.decode(gbk).orElseThrow();
        assertThat(d.charset()).isEqualTo(EncodingDetector.GB18030);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void damageBeyondAFewBytesPerThousandCharactersIsStillRefused() throws Exception {
        byte[] bad = SAMPLE.clone();
        for (int i = 100; i < bad.length; i += 300) {
            bad[i] = (byte) 0xFF;
        }
        Path file = Files.write(dir.resolve("soup.txt"), bad);
        assertThatThrownBy(() -> SourceFiles.standard().read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("soup.txt").hasMessageContaining("not a text file");
    }
}
