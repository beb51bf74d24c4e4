// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give an ImportException naming the file and the reason; nothing else escapes. */
class BadInputTest {
    @TempDir
    Path dir;

    private static final String NOVEL = """
            第一章　雨夜

            那天晚上的雨下得很大。他推开门，看见院子里的梧桐树在风里摇晃，叶子落了一地。

            “你回来了？”母亲从厨房里探出头来，手里还拿着锅铲。

            他点点头，把湿透的外套挂在门后，坐到桌边，一句话也没有说。
            """;

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> GazetteParser.standard().parse(file, SourceFiles.standard().read(file)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(reason);
    }

    @Test
    void emptyFile() throws IOException {
        assertRefused(Files.createFile(dir.resolve("empty.txt")), "the file is empty");
    }

    @Test
    void pngRenamedTxt() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(Files.write(dir.resolve("picture.txt"), png), "not a text file");
    }

    @Test
    void truncatedPdf() throws Exception {
        Path whole = dir.resolve("whole.pdf");
        TwoColumnPdf.write(List.of("吕梁市人民政府公报", "正文"), whole, null);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> GazetteParser.standard().parse(cut, SourceFiles.standard().read(cut)))
                .isInstanceOf(ImportException.class).hasMessageContaining("truncated.pdf");
    }

    @Test
    void encryptedPdf() throws Exception {
        Path file = dir.resolve("encrypted.pdf");
        TwoColumnPdf.write(List.of("吕梁市人民政府公报", "正文"), file, "owner-secret");
        assertRefused(file, "encrypted");
    }

    @Test
    void chapterOfANovel() throws IOException {
        assertRefused(Files.writeString(dir.resolve("novel.txt"), NOVEL), "not a gazette issue");
    }

    @Test
    void fiftyMegabyteTextIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] chunk = "吕梁市人民政府公报 正文 ".repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        assertRefused(big, "no gazette issue as text is larger than 40 MB");
    }

    @Test
    void missingFileAndFolder() {
        assertRefused(dir.resolve("nope.txt"), "no such file");
        assertRefused(dir, "is a folder");
    }

    /** Thousands of mutations of a slice of the sample: each parses or is refused, nothing else. */
    @Test
    void mutatedSamplesNeverThrowAnythingElse() {
        byte[] sample = Samples.bytes(Samples.SAMPLE);
        byte[] slice = Arrays.copyOf(sample, 40_000);
        Path name = dir.resolve("mutant.txt");
        qt().withFixedSeed(20261128L).withExamples(1500).forAll(integers().between(0, Integer.MAX_VALUE - 1))
                .checkAssert(seed -> {
                    byte[] mutant = mutate(slice, new Random(seed));
                    try {
                        List<SourceLine> lines = new TextSourceReader().read(name, mutant);
                        GazetteParser.standard().parse(name, lines);
                    } catch (ImportException e) {
                        assertThat(e.getMessage()).startsWith(name.toString()).isNotBlank();
                    }
                });
    }

    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int kind = r.nextInt(5);
        int n = 1 + r.nextInt(20);
        switch (kind) {
            case 0 -> { // flip bytes
                for (int i = 0; i < n; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
            case 1 -> { // cut
                b = Arrays.copyOf(b, r.nextInt(b.length));
            }
            case 2 -> { // delete a range
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, r.nextInt(5000));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, from);
                System.arraycopy(b, from + len, c, from, b.length - from - len);
                b = c;
            }
            case 3 -> { // duplicate a range
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, r.nextInt(5000));
                byte[] c = new byte[b.length + len];
                System.arraycopy(b, 0, c, 0, from + len);
                System.arraycopy(b, from, c, from + len, b.length - from);
                b = c;
            }
            default -> { // insert structural noise
                String[] noise = {"\n目录\n", "\n吕政发〔2022〕1号\n", "\n2022年13月40日\n", "\n附件\n", "\n（此件公开发布）\n",
                    "\n—9—\n", "\n关于\n", "：", "〔", "\n\n\n", "\t99\n", "第一条"};
                String s = noise[r.nextInt(noise.length)];
                byte[] add = s.getBytes(StandardCharsets.UTF_8);
                int at = r.nextInt(b.length);
                byte[] c = new byte[b.length + add.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(add, 0, c, at, add.length);
                System.arraycopy(b, at, c, at + add.length, b.length - at);
                b = c;
            }
        }
        return b;
    }
}
