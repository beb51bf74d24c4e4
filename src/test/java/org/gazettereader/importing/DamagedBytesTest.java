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
        assertThat(damaged.warnings()).contains(
                "1 unreadable character (\uFFFD) in the text: damaged bytes in the file or in what it was made from");
        assertThat(whole.warnings()).noneMatch(w -> w.contains("unreadable"));
    }

    @Test
    void aUtf8FileCutInsideACharacterIsReadWithAWarning() throws Exception {
        // The sample ends in a Chinese character: cutting its last byte leaves two bytes of three.
        assertThat(SAMPLE[SAMPLE.length - 1] & 0xC0).isEqualTo(0x80);
        Issue cut = parse("cut.txt", Arrays.copyOf(SAMPLE, SAMPLE.length - 1));
        assertThat(cut.notices()).hasSize(15);
        assertThat(cut.warnings()).anyMatch(w -> w.startsWith("1 unreadable character"));
    }

    @Test
    void aGbkFileCutInsideACharacterIsReadAsGbkWithAWarning() throws Exception {
        byte[] gbk = new String(SAMPLE, StandardCharsets.UTF_8).strip().getBytes(EncodingDetector.GB18030);
        assertThat(gbk[gbk.length - 1] & 0x80).isNotZero();
        Issue whole = parse("gbk.txt", gbk);
        Issue cut = parse("gbk-cut.txt", Arrays.copyOf(gbk, gbk.length - 1));
        assertThat(cut.notices()).hasSize(15);
        assertThat(cut.notices().get(3).title()).isEqualTo(whole.notices().get(3).title());
        assertThat(cut.warnings()).anyMatch(w -> w.startsWith("1 unreadable character"));
        assertThat(whole.warnings()).noneMatch(w -> w.contains("unreadable"));
    }

    @Test
    void aUtf16FileWithAnOddByteCountIsStillRefused() throws Exception {
        // Cut in its last character or missing a byte anywhere: the two cannot be told apart, and the
        // second would read as other characters from that byte on.
        byte[] body = new String(SAMPLE, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 1];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length - 1);
        assertThat(EncodingDetector.decode(utf16)).isEmpty();
        // Half a surrogate pair at the end (an even count) is read.
        String withPair = new String(SAMPLE, StandardCharsets.UTF_8) + "𠀀";
        byte[] pair = ("\uFEFF" + withPair).getBytes(StandardCharsets.UTF_16LE);
        EncodingDetector.Decoded d = EncodingDetector.decode(Arrays.copyOf(pair, pair.length - 2)).orElseThrow();
        assertThat(d.text()).endsWith("\uFFFD");
        assertThat(EncodingDetector.replaced(d.text())).isOne();
    }

    @Test
    void aByteLostOrAddedInsideGbkOrUtf16IsRefusedNotReadAsOtherCharacters() throws Exception {
        // A tester's finds: GB18030 and UTF-16 do not resynchronise, so one byte lost in the middle turned
        // the rest of the line (GBK) or of the file (UTF-16) into other, valid characters under a warning
        // of "1 character". Only a cut at the very end is read.
        String text = new String(SAMPLE, StandardCharsets.UTF_8);
        int middle = text.indexOf("为切实") > 0 ? text.indexOf("为切实") : text.length() / 2;
        byte[] gbk = text.getBytes(EncodingDetector.GB18030);
        int at = text.substring(0, middle).getBytes(EncodingDetector.GB18030).length + 1; // the trail byte of a character
        byte[] lost = new byte[gbk.length - 1];
        System.arraycopy(gbk, 0, lost, 0, at);
        System.arraycopy(gbk, at + 1, lost, at, gbk.length - at - 1);
        assertThat(EncodingDetector.decode(lost)).isEmpty();
        byte[] added = insert(gbk, at, (byte) 0xB0);
        assertThat(EncodingDetector.decode(added)).isEmpty();

        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[body.length + 1];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        int cut = body.length - 200;
        System.arraycopy(body, 0, utf16, 2, cut);
        System.arraycopy(body, cut + 1, utf16, 2 + cut, body.length - cut - 1);
        assertThat(EncodingDetector.decode(utf16)).isEmpty();
    }

    @Test
    void utf8WithLittleChineseAndAStrayByteIsReadAsUtf8NotAsGb18030() throws Exception {
        String text = "吕梁市人民政府关于做好防汛工作的通知\n" + "The notice is in English below. ".repeat(40) + "\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] stray = insert(utf8, utf8.length - 20, (byte) 0xFF);
        EncodingDetector.Decoded d = EncodingDetector.decode(stray).orElseThrow();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).startsWith("吕梁市人民政府关于做好防汛工作的通知").contains("\uFFFD");
        byte[] cutChar = Arrays.copyOf("吕梁市人民政府关于做好防汛工作的通知".getBytes(StandardCharsets.UTF_8), 53);
        assertThat(EncodingDetector.decode(cutChar).orElseThrow().charset()).isEqualTo(StandardCharsets.UTF_8);
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
        // The reason is the damage, not "binary or unknown encoding".
        assertThatThrownBy(() -> SourceFiles.standard().read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("soup.txt").hasMessageContaining("UTF-8 text with too many damaged bytes to read: ")
                .hasMessageContaining(" allowed for its length (one per thousand characters)");
    }
}
