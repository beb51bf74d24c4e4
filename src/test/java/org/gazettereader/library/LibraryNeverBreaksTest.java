// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of "the library never breaks", each reproduced on real files: notices without a
 * date, files in the library folder it did not write, one bad file in a batch, damage.
 */
public class LibraryNeverBreaksTest {
    static final String SAMPLE_TEXT = new String(Samples.bytes(Samples.SAMPLE), StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    /** The sample with its year and issue number removed from the front matter. */
    public static String withoutYearAndNumber(String text) {
        return text.lines().filter(l -> !l.contains("2023 · 1") && !l.contains("年第 1 期"))
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    }

    private static ImportSummary importAll(Library lib, Path... paths) {
        return lib.importPaths(List.of(paths), ImportListener.NONE, () -> false);
    }

    // Finding 1: one notice without a signing date bricked the library.
    @Test
    void anUndatedNoticeImportsBesideDatedOnesAndTheLibraryKeepsWorking() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
            ImportSummary s = importAll(library, fixture("state-council-1999-01.txt"));
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
            List<LibraryNotice> undated = library.issues().stream().flatMap(i -> library.notices(i.id()).stream())
                    .filter(n -> n.notice().signed() == null).toList();
            assertThat(undated).as("the fixture has a notice without a date").isNotEmpty();
            for (LibraryNotice n : undated) {
                assertThat(library.searcher().search(SearchRequest.of(n.notice().title())).hits())
                        .anySatisfy(h -> assertThat(h.id()).isEqualTo(n.notice().id()));
            }
            assertThat(library.searcher().search(SearchRequest.of("通知").sortedByDate(true)).total()).isPositive();
        }
        try (Library again = Library.open(lib)) {
            assertThat(again.issues()).hasSize(2);
            assertThat(again.check().damage()).isEmpty();
        }
    }

    // Finding 1: a left-to-right mark at every line start did the same.
    @Test
    void aSampleWithLeftToRightMarksImportsIntoALibraryWithUndatedNotices() throws Exception {
        Path lib = dir.resolve("lib");
        String marked = SAMPLE_TEXT.lines().map(l -> "\u200E" + l)
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
        try (Library library = Library.open(lib)) {
            importAll(library, fixture("state-council-1999-01.txt"));
            ImportSummary s = importAll(library, write(dir.resolve("in/marked.txt"), marked));
            assertThat(s.count(ImportSummary.Outcome.FAILED)).as("%s", s.files()).isZero();
            assertThat(library.check().damage()).isEmpty();
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
        }
    }

    // Finding 2: opening a folder deleted files the library did not write.
    @Test
    void filesAndFoldersUnderSourcesThatTheLibraryDidNotWriteAreLeftAlone() throws Exception {
        Path lib = dir.resolve("lib");
        Path sources = lib.resolve("sources");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        Path notes = write(sources.resolve("notes.docx"), "my notes");
        Path issue = Files.copy(fixture("state-council-1999-01.txt"), sources.resolve("state-council.txt"));
        Path inner = write(sources.resolve("backup/old.txt"), "an old copy");
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.issues()).hasSize(1);
            CheckReport r = library.check();
            assertThat(r.ok()).isTrue();
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("notes.docx").contains("left alone"))
                    .anySatisfy(n -> assertThat(n).contains("backup/ is a folder"));
            ImportSummary s = importAll(library, sources);
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
        }
        assertThat(notes).hasContent("my notes");
        assertThat(issue).exists();
        assertThat(inner).hasContent("an old copy");
    }

    // Finding 2: only what the library journaled before writing is removed after a crash.
    @Test
    void aJournaledFileOfAnUnfinishedImportIsRemovedAndNothingElse() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        Path leftover = write(lib.resolve("sources/abc.txt"), "half an import");
        Path stranger = write(lib.resolve("sources/def.txt"), "not ours");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db"));
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO pending_files(path, started_at) VALUES ('sources/abc.txt', 'now')");
        }
        try (Library library = Library.open(lib)) {
            assertThat(library.recovered()).anySatisfy(r -> assertThat(r).contains("removed sources/abc.txt"));
            assertThat(library.check().ok()).isTrue();
        }
        assertThat(leftover).doesNotExist();
        assertThat(stranger).hasContent("not ours");
    }

    // Finding 3: one bad file stopped a whole batch with a wrong message.
    @Test
    void oneBadFileIsReportedAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copy(Samples.SAMPLE, in);
        // Two notices of one issue sharing a 文号 (another gazette, so it is another issue).
        write(in.resolve("b-shared-number.txt"), SAMPLE_TEXT.replace("吕梁市人民政府公报", "太原市人民政府公报")
                .replace("吕政发〔2023〕2号", "吕政发〔2022〕18号"));
        // Two files of an issue whose year and number cannot be found.
        String noYear = withoutYearAndNumber(SAMPLE_TEXT).replace("吕梁市人民政府公报", "大同市人民政府公报");
        write(in.resolve("c-no-year-1.txt"), noYear);
        write(in.resolve("c-no-year-2.txt"), noYear + "\n（此件另有附页）\n");
        Files.write(in.resolve("d-binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
        Files.write(in.resolve("e-empty.txt"), new byte[0]);
        write(in.resolve("f-not-a-gazette.txt"), "购物清单：牛奶、面包、鸡蛋。\n");
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            ImportSummary s = importAll(library, in);
            assertThat(s.stopReason()).isNull();
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).as("%s", s.files()).isEqualTo(4);
            assertThat(s.count(ImportSummary.Outcome.FAILED)).isEqualTo(3);
            assertThat(s.files()).filteredOn(f -> f.outcome() == ImportSummary.Outcome.FAILED)
                    .allSatisfy(f -> assertThat(f.message()).doesNotContain("SQLITE"));
            assertThat(library.issues()).hasSize(4);
            int notices = library.issues().stream().mapToInt(i -> i.notices()).sum();
            assertThat(notices).isEqualTo(4 * 15);
            CheckReport r = library.check();
            assertThat(r.damage()).isEmpty();
            assertThat(r.indexed()).isEqualTo(notices);
            assertThat(library.find("吕政发〔2022〕18号")).as("two in the issue that shares it, one in each other").hasSize(5);
        }
    }

    // Finding 6: writes into a damaged database are refused with a recovery that works.
    @Test
    void aDamagedDatabaseIsNeverWrittenAndTheAdviceRecoversTheLibrary() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir), fixture("state-council-1999-01.txt"),
                    fixture("provincial-gazette-2024-10.txt"));
        }
        Path db = lib.resolve("library.db");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(f.length() / 2 / 4096 * 4096);
            f.write(junk);
        }
        byte[] damaged = Files.readAllBytes(db);
        try (Library library = Library.open(lib)) {
            assertThatThrownBy(() -> importAll(library, fixture("city-gazette-announcement.txt")))
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("is damaged").hasMessageContaining("Nothing was written")
                    .hasMessageContaining("import --library");
            CheckReport r = library.check();
            assertThat(r.ok()).isFalse();
            assertThat(r.damage()).anySatisfy(d -> assertThat(d).contains("is damaged").contains("import --library"));
        } catch (LibraryException e) {
            // Opening may meet the damage first; then it must say the same.
            assertThat(e.getMessage()).contains("is damaged").contains("import --library");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(damaged);
        // The advice: a new library from the kept originals.
        try (Library fresh = Library.open(dir.resolve("new"))) {
            ImportSummary s = importAll(fresh, lib.resolve("sources"));
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(3);
            assertThat(fresh.check().ok()).isTrue();
        }
    }

    // Finding 6: a truncated database said SQLITE_CORRUPT with no advice.
    @Test
    void aTruncatedDatabaseSaysItIsDamagedAndHowToRecover() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        Path db = lib.resolve("library.db");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.setLength(f.length() / 3);
        }
        assertThatThrownBy(() -> {
            try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
                library.issues().forEach(i -> library.notices(i.id()));
                importAll(library, fixture("state-council-1999-01.txt"));
            }
        }).isInstanceOf(LibraryException.class).hasMessageContaining("damaged").hasMessageContaining("import --library");
    }

    // Finding 6: one deleted index segment made the first command fail, even reindex.
    @Test
    void aDeletedIndexSegmentIsMendedAtOpen() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        try (Stream<Path> files = Files.list(lib.resolve("index"))) {
            Path segment = files.filter(p -> p.getFileName().toString().matches("_.*\\.(cfs|si|fdt|tim|doc)"))
                    .findFirst().orElseThrow();
            Files.delete(segment);
        }
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.recovered()).anySatisfy(r -> assertThat(r).contains("rebuilt from the database"));
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
            assertThat(library.check().ok()).isTrue();
        }
    }

    // Finding 7: a read command on a path without a library silently created one.
    @Test
    void readingAFolderWithoutALibraryCreatesNothing() {
        Path none = dir.resolve("no-library-here");
        assertThatThrownBy(() -> Library.openExisting(none, ImportListener.NONE))
                .hasMessageContaining("There is no library in " + none);
        assertThat(none).doesNotExist();
    }

    // Finding 7: a --library that is a file said "Cannot create the library folder X: X".
    @Test
    void aLibraryPathThatIsAFileIsNamedAsSuch() throws Exception {
        Path file = write(dir.resolve("lib.txt"), "x");
        assertThatThrownBy(() -> Library.open(file)).hasMessageContaining(file + " is a file, not a library folder");
    }

    // Attack: an emptied (0-byte) library.db was taken for a new library, and a read wiped the index.
    @Test
    void anEmptiedDatabaseIsDamageNotANewLibrary() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        Files.write(lib.resolve("library.db"), new byte[0]);
        long indexFiles;
        try (Stream<Path> s = Files.list(lib.resolve("index"))) {
            indexFiles = s.count();
        }
        assertThatThrownBy(() -> Library.openExisting(lib, ImportListener.NONE))
                .isInstanceOf(LibraryException.class).hasMessageContaining("is empty (0 bytes)")
                .hasMessageContaining("import --library");
        assertThatThrownBy(() -> Library.open(lib)).hasMessageContaining("is damaged");
        assertThat(lib.resolve("library.db")).isEmptyFile();
        try (Stream<Path> s = Files.list(lib.resolve("index"))) {
            assertThat(s.count()).isEqualTo(indexFiles);
        }
    }

    // Attack: one file of a multi-file segment deleted gave two rebuilds and "cannot be rebuilt on disk".
    @Test
    void aMissingFileOfASegmentIsRebuiltOnDiskOnce() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir), fixture("state-council-1999-01.txt"));
        }
        try (Library library = Library.open(lib)) {
            library.rebuildIndex(); // one segment in many files (.fdt, .doc …), not a compound file
        }
        Path part;
        try (Stream<Path> files = Files.list(lib.resolve("index"))) {
            part = files.filter(p -> p.getFileName().toString().matches("_.*\\.(fdt|doc|tim|cfs)")).findFirst().orElseThrow();
        }
        Files.delete(part);
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.recovered()).singleElement().asString().contains("rebuilt from the database")
                    .doesNotContain("in memory").doesNotContain("Exception");
            assertThat(library.check().notes()).noneSatisfy(n -> assertThat(n).contains("could not mend"));
        }
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.recovered()).isEmpty();
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
        }
    }

    // Attack: bytes overwritten inside an index file went unnoticed by check.
    @Test
    void checkFindsAnIndexFileWithAFlippedByteAndRebuildsIt() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        Path biggest;
        try (Stream<Path> files = Files.list(lib.resolve("index"))) {
            biggest = files.filter(p -> p.getFileName().toString().startsWith("_"))
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0xff);
        }
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            CheckReport r = library.check();
            assertThat(r.ok()).isTrue();
            assertThat(r.recovered()).anySatisfy(m -> assertThat(m).contains("checksums do not match")
                    .contains("rebuilt from the database"));
            assertThat(library.check().recovered()).hasSize(1); // the second check finds nothing new
        }
    }

    // Attack: a folder given by name that holds no gazette file was skipped without a word.
    @Test
    void aFolderWithNothingToImportAndAMissingFileAreReported() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("dir.txt"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportSummary s = importAll(library, empty, dangling);
            assertThat(s.files()).extracting(ImportSummary.FileOutcome::outcome)
                    .containsExactly(ImportSummary.Outcome.FAILED, ImportSummary.Outcome.FAILED);
            assertThat(s.files().get(0).message()).contains("no .txt or .pdf file");
            assertThat(s.files().get(1).message()).contains("no such file");
        }
    }

    // Attack: a newline in a file name broke the one-line rule of check's notes.
    @Test
    void aNewlineInAForeignFileNameStaysOnOneLine() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir));
        }
        write(lib.resolve("sources/new\nline.txt"), "x");
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.check().notes()).anySatisfy(n -> assertThat(n).contains("new\\nline.txt").doesNotContain("\n"));
        }
    }

    // Attack: a file where sources/ belongs gave one "missing" line per issue, with advice that could not work.
    @Test
    void aFileWhereTheSourcesFolderBelongsIsOneFindingWithAWorkingFix() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir), fixture("state-council-1999-01.txt"));
        }
        Path sources = lib.resolve("sources");
        try (Stream<Path> s = Files.walk(sources)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        write(sources, "not a folder");
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.check().damage()).singleElement().asString().contains("is a file where the folder");
        }
        Files.delete(sources);
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            importAll(library, Samples.copy(Samples.SAMPLE, dir), fixture("state-council-1999-01.txt"));
            assertThat(library.check().ok()).isTrue();
        }
    }
}
