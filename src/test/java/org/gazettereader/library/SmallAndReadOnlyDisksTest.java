// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazettereader.cli.Cli;
import org.gazettereader.importing.Samples;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings 5 and 7 on real file systems: a library on a read-only file system opens for reading
 * and writes nothing; an import onto a disk that fills up stops with a message that says so and
 * leaves every issue complete or absent. Root (as in CI) mounts small tmpfs file systems for this;
 * where mounting is not allowed the tests are skipped, saying why.
 */
class SmallAndReadOnlyDisksTest {
    @TempDir
    Path dir;
    private final List<Path> mounts = new ArrayList<>();
    private final java.util.Locale machine = java.util.Locale.getDefault();

    /** The command line's messages are asserted in English. */
    @org.junit.jupiter.api.BeforeEach
    void english() {
        java.util.Locale.setDefault(java.util.Locale.ENGLISH);
    }

    private Path mount(String name, String size) throws Exception {
        Path p = Files.createDirectories(dir.resolve(name));
        int code = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", p.toString());
        Assumptions.assumeTrue(code == 0, "cannot mount a tmpfs here (needs root): " + code);
        mounts.add(p);
        return p;
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @AfterEach
    void unmount() throws Exception {
        java.util.Locale.setDefault(machine);
        for (Path p : mounts) {
            run("umount", "-l", p.toString());
        }
    }

    private static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p) + (Files.isDirectory(p) ? "/" : " " + size(p)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A new library at {@code lib} holding the sample issue. */
    private Path withTheSample(Path lib) throws Exception {
        try (Library library = Library.open(lib)) {
            library.importPaths(List.of(Samples.copy(Samples.SAMPLE, dir)), ImportListener.NONE, () -> false);
        }
        return lib;
    }

    @Test
    void aLibraryOnAReadOnlyFileSystemIsReadAndNothingIsWritten() throws Exception {
        Path ro = mount("ro", "64m");
        Path lib = withTheSample(ro.resolve("lib"));
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", ro.toString()) == 0, "cannot remount read-only");
        Set<String> before = tree(lib);
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.readOnly()).isTrue();
            assertThat(library.issues()).hasSize(1);
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
            assertThat(library.check().ok()).isTrue();
            library.places().savePosition(library.notices(library.issues().get(0).id()).get(0).notice().id(), new org.gazettereader.model.Anchor(0, 1, 2));
            assertThatThrownBy(() -> library.importPaths(List.of(LibraryNeverBreaksTest.fixture("state-council-1999-01.txt")),
                    ImportListener.NONE, () -> false)).hasMessageContaining("is read-only");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(p -> { });
        assertThat(cli.run(out, err, "list", "--library", lib.toString())).isZero();
        assertThat(cli.run(out, err, "search", "--library", lib.toString(), "知识产权")).isZero();
        assertThat(cli.run(out, err, "export", "--library", lib.toString(), "--doc", "吕政发〔2023〕2号",
                "--pdf", dir.resolve("out.pdf").toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(cli.run(out, err, "import", "--library", lib.toString(),
                LibraryNeverBreaksTest.fixture("state-council-1999-01.txt").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is read-only");
        assertThat(tree(lib)).isEqualTo(before);
        assertThat(dir.resolve("out.pdf")).isNotEmptyFile();
    }

    @Test
    void aReadOnlyLibraryWithoutAnIndexSearchesOneBuiltInMemory() throws Exception {
        Path ro = mount("ro2", "64m");
        Path lib = withTheSample(ro.resolve("lib"));
        try (Stream<Path> s = Files.walk(lib.resolve("index"))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", ro.toString()) == 0, "cannot remount read-only");
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(library.recovered()).anySatisfy(r -> assertThat(r).contains("built in memory"));
            assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
        }
        assertThat(lib.resolve("index")).doesNotExist();
    }

    @Test
    void anImportOntoAFullDiskStopsSayingSoAndLeavesEveryIssueWholeOrAbsent() throws Exception {
        Path small = mount("small", "3m");
        Path corpus = Samples.corpus(dir.resolve("corpus"), 5, 40);
        Path lib = small.resolve("lib");
        ImportSummary s;
        try (Library library = Library.open(lib)) {
            s = library.importPaths(List.of(corpus), ImportListener.NONE, () -> false);
        }
        assertThat(s.stopReason()).as("%s", s.files()).isNotNull().contains("is full").contains(small.toString());
        assertThat(s.files()).allSatisfy(f -> assertThat(f.message()).doesNotContain("no transaction is active"));
        assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isLessThan(40);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(new Cli(p -> { }).run(out, err, "import", "--library", lib.toString(), corpus.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is full");
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            CheckReport r = library.check();
            // What the index could not take for want of room is said, as damage until there is room.
            assertThat(r.damage()).allSatisfy(d -> assertThat(d).startsWith("the search index disagrees with the library")
                    .contains("the disk is full").contains("run reindex"));
            for (var issue : library.issues()) {
                assertThat(library.notices(issue.id())).hasSize(issue.notices()).isNotEmpty();
            }
            assertThat(r.notes()).noneSatisfy(n -> assertThat(n).contains(".tmp"));
        }
        assertThat(run("mount", "-o", "remount,size=64m", small.toString())).isZero();
        try (Library library = Library.openExisting(lib, ImportListener.NONE)) {
            CheckReport r = library.check();
            assertThat(r.damage()).isEmpty();
            int notices = library.issues().stream().mapToInt(i -> i.notices()).sum();
            assertThat(r.indexed()).isEqualTo(notices).isPositive();
        }
    }

    /**
     * An index left behind the database (as a full disk during an import leaves it, seen by a tester:
     * 10 issues, 0 notices searchable, and check said ok) that cannot be rebuilt for want of room is
     * damage for check: exit 1, naming the index, the full disk and reindex; once there is room, check
     * rebuilds it and says ok.
     */
    @Test
    void anIndexBehindTheLibraryOnAFullDiskIsDamageUntilThereIsRoom() throws Exception {
        Path small = mount("full", "8m");
        Path lib = small.resolve("lib");
        try (Library library = Library.open(lib)) {
            assertThat(library.issues()).isEmpty();
        }
        Path emptyIndex = dir.resolve("empty-index");
        copyTree(lib.resolve("index"), emptyIndex);
        withTheSample(lib);
        deleteTree(lib.resolve("index"));
        copyTree(emptyIndex, lib.resolve("index"));
        Path filler = small.resolve("filler");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(p -> { });
        // Room for SQLite's shared-memory file (32 KB), not for the index (the sample's is about 350 KB).
        fill(filler, 96 * 1024);
        assertThat(cli.run(out, err, "check", "--library", lib.toString())).as(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(1);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("damage: the search index disagrees with the library (15 notices missing, 0 extra)")
                .contains("the disk is full").contains("run reindex");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0 in the search index").contains("NOT OK");
        // A search meanwhile says that it may miss notices (a tester's found nothing, without a word).
        out.reset();
        err.reset();
        assertThat(cli.run(out, err, "search", "--library", lib.toString(), "知识产权")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is behind the library").contains("run reindex");
        Files.delete(filler);
        out.reset();
        err.reset();
        assertThat(cli.run(out, err, "check", "--library", lib.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("15 in the search index").endsWith("ok" + System.lineSeparator());
        err.reset();
        assertThat(cli.run(out, err, "search", "--library", lib.toString(), "知识产权")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("is behind");
    }

    /** Writes {@code file} until the disk is full, then gives back {@code leave} bytes of it. */
    private static void fill(Path file, long leave) throws IOException {
        try (var outFile = Files.newOutputStream(file)) {
            byte[] block = new byte[16 * 1024];
            while (true) {
                outFile.write(block);
                outFile.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - leave));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
