// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a public terminal opens its library read-only by construction. On a folder it could
 * write, a whole patron session (open, search, read notices, bookmarks and positions) leaves every
 * file in the library folder as it was: the same names, the same bytes.
 */
class ReadOnlySessionTest {
    @TempDir
    Path dir;

    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String name = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(name + "/", "");
                } else {
                    try {
                        out.put(name, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                    } catch (java.security.NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    private Path withTheSample() throws Exception {
        Path lib = dir.resolve("lib");
        try (Library library = Library.open(lib)) {
            library.importPaths(List.of(Samples.copy(Samples.SAMPLE, dir)), ImportListener.NONE, () -> false);
            LibraryNotice n = library.notices(library.issues().get(0).id()).get(0);
            library.places().addBookmark(n.notice().id(), new Anchor(0, 0, 0), "书签");
            library.places().savePosition(n.notice().id(), new Anchor(0, 1, 0));
        }
        return lib;
    }

    @Test
    void aPatronSessionWritesNothingIntoTheLibraryFolder() throws Exception {
        Path lib = withTheSample();
        Map<String, String> before = hashes(lib);
        for (int round = 0; round < 2; round++) {
            try (Library library = Library.openReadOnly(lib)) {
                assertThat(library.readOnly()).isTrue();
                assertThat(library.issues()).hasSize(1);
                assertThat(library.searcher().search(SearchRequest.of("知识产权")).total()).isPositive();
                assertThat(library.searcher().search(SearchRequest.of("zhishichanquan")).total()).isPositive();
                List<LibraryNotice> notices = library.notices(library.issues().get(0).id());
                for (LibraryNotice n : notices.subList(0, 3)) {
                    assertThat(library.find(n.notice().id())).hasSize(1);
                    library.places().position(n.notice().id());
                    library.places().savePosition(n.notice().id(), new Anchor(0, 2, 5));
                }
                assertThat(library.find("吕政发〔2023〕2号")).hasSize(1);
                assertThat(library.places().bookmarkEntries()).hasSize(1);
                assertThat(library.places().lastNotice()).isPresent();
                String id = notices.get(1).notice().id();
                assertThatThrownBy(() -> library.places().addBookmark(id, new Anchor(0, 0, 0), "patron"))
                        .isInstanceOf(LibraryException.class).hasMessageContaining("read-only");
                long bookmark = library.places().bookmarks().get(0).id();
                assertThatThrownBy(() -> library.places().deleteBookmark(bookmark)).isInstanceOf(LibraryException.class);
                assertThatThrownBy(() -> library.places().renameBookmark(bookmark, "x")).isInstanceOf(LibraryException.class);
                assertThatThrownBy(library::rebuildIndex).isInstanceOf(LibraryException.class).hasMessageContaining("read-only");
                assertThatThrownBy(() -> library.importPaths(List.of(Samples.copy(Samples.SAMPLE, dir)),
                        ImportListener.NONE, () -> false)).isInstanceOf(LibraryException.class);
                assertThat(hashes(lib)).as("while open").isEqualTo(before);
            }
            assertThat(hashes(lib)).as("after the session").isEqualTo(before);
        }
    }

    /**
     * A terminal's read-only library stays open while another process imports into it (an
     * administrator adding this week's issues): the terminal goes on reading, counts never go down,
     * and it sees every issue once the import has finished, without being opened again.
     */
    @Test
    void aReadOnlyLibraryOpenedAtRestFollowsAnImportByAnotherProcess() throws Exception {
        int issues = 8;
        Path lib = withTheSample();
        Path corpus = Samples.corpus(dir.resolve("corpus"), 7, issues);
        try (Library kiosk = Library.openReadOnly(lib)) {
            assertThat(kiosk.issues()).hasSize(1);
            int sampleHits = kiosk.searcher().search(SearchRequest.of("通知")).total();
            assertThat(lib.resolve("library.db-wal")).as("read at rest as an immutable file").doesNotExist();
            assertThat(lib.resolve("library.db-shm")).doesNotExist();
            Process child = ImportChild.start(lib, corpus, "256m");
            Thread drain = new Thread(() -> {
                try {
                    child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // the child's exit code tells
                }
            }, "import-child-output");
            drain.setDaemon(true);
            drain.start();
            int last = 1;
            int lastHits = sampleHits;
            int reads = 0;
            while (child.isAlive()) {
                int now = kiosk.issues().size();
                int hits = kiosk.searcher().search(SearchRequest.of("通知")).total();
                assertThat(now).as("issues never go down").isGreaterThanOrEqualTo(last);
                assertThat(hits).as("hits never go down").isGreaterThanOrEqualTo(lastHits);
                last = now;
                lastHits = hits;
                reads++;
                Thread.sleep(100);
            }
            assertThat(child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
            assertThat(reads).as("reads while the import ran").isGreaterThan(2);
            assertThat(kiosk.issues()).hasSize(issues + 1);
            assertThat(kiosk.searcher().search(SearchRequest.of("通知")).total()).isGreaterThan(sampleHits);
        }
    }

    @Test
    void aTerminalWithoutALibraryIsRefusedAndNothingIsCreated() {
        org.gazettereader.config.DataHome home = new org.gazettereader.config.DataHome(dir.resolve("home"));
        assertThatThrownBy(() -> new Libraries(home).openReadOnly(null)).isInstanceOf(LibraryException.class)
                .hasMessageStartingWith("There is no library in " + home.defaultLibrary());
        assertThat(dir.resolve("home")).doesNotExist();
    }
}
