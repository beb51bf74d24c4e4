// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that cannot be written says which file and why in one line, exits 1 and leaves nothing behind. */
class ExportErrorsTest {
    @TempDir
    static Path shared;
    private static Path lib;

    @TempDir
    Path dir;

    private final Locale locale = Locale.getDefault();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeAll
    static void library() throws Exception {
        lib = shared.resolve("lib");
        Path in = Samples.copy(Samples.SAMPLE, Files.createDirectories(shared.resolve("in")));
        assertThat(new Cli(l -> { }).run(new ByteArrayOutputStream(), new ByteArrayOutputStream(), "import", "--library",
                lib.toString(), in.toString())).isZero();
    }

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
    }

    private int export(Path pdf) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(l -> { }).run(out, err, "export", "--library", lib.toString(), "--pdf", pdf.toString(),
                "--doc", "吕政发〔2023〕2号");
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static void assertNothingLeftIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFolderThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path pdf = file.resolve("x.pdf");
        assertThat(export(pdf)).isEqualTo(1);
        assertThat(error()).isEqualTo("error: cannot write " + pdf + ": " + file + " is a file, not a folder\n");
        assertNothingLeftIn(dir);
    }

    @Test
    void aMissingFolderIsNamed() throws Exception {
        Path pdf = dir.resolve("missing").resolve("x.pdf");
        assertThat(export(pdf)).isEqualTo(1);
        assertThat(error()).isEqualTo("error: cannot write " + pdf + ": the folder " + dir.resolve("missing")
                + " does not exist\n");
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAndLeftAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out.pdf"));
        assertThat(export(folder)).isEqualTo(1);
        assertThat(error()).isEqualTo("error: cannot write " + folder + ": it is a folder; give a file name ending in .pdf\n");
        assertThat(folder).isEmptyDirectory();
        assertNothingLeftIn(dir);
    }

    @Test
    void aFolderTheSystemRefusesNamesTheTargetNotATemporaryFile() {
        // /proc refuses new files even to root, with "no such file" for the temporary file the
        // exporter tries first; that file's name was all the user used to see.
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        Path pdf = Path.of("/proc/x.pdf");
        assertThat(export(pdf)).isEqualTo(1);
        assertThat(error()).isEqualTo("error: cannot write /proc/x.pdf: the folder /proc does not accept new files\n");
        assertThat(out.size()).isZero();
    }

    @Test
    void aWritableFolderStillGetsThePdfAndNoTemporaryFile() throws Exception {
        Path pdf = dir.resolve("知识产权.pdf");
        assertThat(export(pdf)).isZero();
        assertThat(pdf).isNotEmptyFile();
        assertNothingLeftIn(dir);
    }
}
