// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;

/** Libraries built from generated issues (real files through the real importer), and what they hold. */
final class Fixtures {
    private Fixtures() {
    }

    /** Imports {@code issues} issues generated with {@code seed} (and the sample issue when asked) into {@code lib}. */
    static Path library(Path lib, Path work, long seed, int issues, boolean sample) throws IOException {
        Path corpus = Samples.corpus(Files.createDirectories(work.resolve("corpus-" + seed)), seed, issues);
        if (sample) {
            Samples.copy(Samples.SAMPLE, corpus);
        }
        try (Library l = Library.open(lib)) {
            ImportSummary s = l.importPaths(List.of(corpus), ImportListener.NONE, () -> false);
            if (s.count(ImportSummary.Outcome.FAILED) > 0) {
                throw new AssertionError("fixture import failed: " + s.files());
            }
        }
        return lib;
    }

    /** Imports the {@code index}th issue generated with {@code seed} (its own gazette, year and number) into {@code lib}. */
    static void importOne(Path lib, Path work, long seed, int index) throws IOException {
        var g = Samples.generator().issue(seed, index);
        Path file = Files.createDirectories(work.resolve("one-" + seed + "-" + index))
                .resolve(org.gazettereader.importing.CorpusGenerator.fileName(index));
        Files.write(file, g.bytes());
        try (Library l = Library.open(lib)) {
            ImportSummary s = l.importPaths(List.of(file), ImportListener.NONE, () -> false);
            if (s.count(ImportSummary.Outcome.IMPORTED) != 1) {
                throw new AssertionError("fixture import did not add one issue: " + s.files());
            }
        }
    }

    /** Each issue (gazette, year, number, source hash) with the sorted ids of its notices. */
    static Map<String, List<String>> contents(Path lib) {
        try (Library l = Library.openExisting(lib, ImportListener.NONE)) {
            Map<String, List<String>> out = new TreeMap<>();
            for (IssueSummary i : l.issues()) {
                out.put(i.id() + " " + i.gazette() + " " + i.year() + "/" + i.issue() + " " + i.sha256(),
                        l.notices(i.id()).stream().map(n -> n.notice().id()).sorted().toList());
            }
            return out;
        }
    }

    /** The SHA-256 of every file under {@code folder} (the library's own lock file left out: opening writes it). */
    static Map<String, String> fileHashes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("library.lock"))
                    .collect(Collectors.toMap(p -> folder.relativize(p).toString(), Fixtures::sha, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(Path p) {
        try (var in = Files.newInputStream(p)) {
            long[] n = {0};
            return new Copying(BundleListener.NONE, BundleListener.Phase.VERIFY, 0, () -> false, "").copy(in, null, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LibraryNotice firstNotice(Library l) {
        return l.notices(l.issues().get(0).id()).get(0);
    }
}
