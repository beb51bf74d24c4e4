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

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    /** Issue 13: "save as PDF" over library.db emptied the library. Refused in every mode, links followed. */
    @Test
    void aPdfIsNeverWrittenInsideALibraryFolder() throws Exception {
        Path db = lib.resolve("library.db");
        String before = sha256(db);
        Path link = Files.createSymbolicLink(dir.resolve("shortcut"), lib);
        Path fileLink = Files.createSymbolicLink(dir.resolve("report.pdf"), db);
        Path[] targets = {db, lib.resolve("index").resolve("x.pdf"), lib.resolve("new.pdf"), link.resolve("library.db"),
            link.resolve("out.pdf"), fileLink};
        for (Path target : targets) {
            assertThat(export(target)).as(target.toString()).isEqualTo(1);
            assertThat(error()).as(target.toString()).isEqualTo("error: cannot write " + target
                    + ": it is inside the library folder " + lib.toRealPath() + "; PDFs are never saved there\n");
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(lib.resolve("new.pdf")).doesNotExist();
        assertThat(Files.isSymbolicLink(fileLink)).isTrue();
        assertThat(export(dir.resolve("beside.pdf"))).as("beside the link, outside the library").isZero();
    }

    /** The window's "save as PDF" goes through the exporter, which refuses on its own, before writing anything. */
    @Test
    void theExporterItselfRefusesAPathInsideALibrary() throws Exception {
        Path db = lib.resolve("library.db");
        String before = sha256(db);
        try (var library = org.gazettereader.library.Library.openReadOnly(lib)) {
            var notices = library.notices(library.issues().get(0).id()).subList(0, 1);
            var request = org.gazettereader.export.ExportRequest.of(notices);
            Path viaLink = Files.createSymbolicLink(dir.resolve("lib-link"), lib).resolve("library.db");
            for (Path target : new Path[] {db, viaLink}) {
                org.junit.jupiter.api.Assertions.assertThrows(org.gazettereader.export.IntoLibraryException.class,
                        () -> new org.gazettereader.export.PdfExporter().export(request, target));
            }
        }
        assertThat(sha256(db)).isEqualTo(before);
        assertNothingLeftIn(lib);
    }
}
