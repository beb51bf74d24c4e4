// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazettereader.cli.Cli;
import org.gazettereader.importing.Samples;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 4: while one process imports, others read. A child JVM imports 300 issues; this process
 * opens the library again and again as a command would, lists and searches: every call succeeds,
 * counts never go down, and the end count is 300. A second writer is refused with the holder's name.
 */
class ReadersBesideAWriterTest {
    private static final int ISSUES = 300;

    @TempDir
    Path dir;

    @Test
    void listAndSearchWorkWhileAnotherProcessImportsAndASecondWriterIsRefused() throws Exception {
        Path corpus = Samples.corpus(dir.resolve("corpus"), 11, ISSUES);
        Path lib = dir.resolve("lib");
        Process child = ImportChild.start(lib, corpus, "512m");
        BufferedReader childOut = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = childOut.readLine()) != null && !line.startsWith("progress 5/")) {
            // wait until the child is well into its import
        }
        Thread drain = new Thread(() -> childOut.lines().forEach(l -> { }), "child-output");
        drain.setDaemon(true);
        drain.start();

        int lastIssues = 0;
        long lastHits = 0;
        int reads = 0;
        boolean refused = false;
        Cli cli = new Cli(p -> { });
        while (child.isAlive()) {
            try (Library reader = Library.openExisting(lib, ImportListener.NONE)) {
                int issues = reader.issues().size();
                long hits = reader.searcher().search(SearchRequest.of("通知").withLimit(5)).total();
                assertThat(issues).as("issues never go down").isGreaterThanOrEqualTo(lastIssues);
                assertThat(hits).as("hits never go down").isGreaterThanOrEqualTo(lastHits);
                lastIssues = issues;
                lastHits = hits;
                if (!refused && issues < ISSUES - 60) {
                    assertThatThrownBy(() -> reader.importPaths(List.of(Samples.copy(Samples.SAMPLE, dir)),
                            ImportListener.NONE, () -> false))
                            .isInstanceOf(LibraryException.class)
                            .hasMessageContaining("is being changed by another Gazette Reader (pid " + child.pid() + ", import");
                    refused = true;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(cli.run(out, err, "list", "--json", "--library", lib.toString()))
                    .as("list during the import: %s", err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(cli.run(out, err, "search", "--library", lib.toString(), "规划"))
                    .as("search during the import: %s", err.toString(StandardCharsets.UTF_8)).isZero();
            reads++;
            Thread.sleep(100); // a person's pace, leaving the importer its share of a 2-core machine
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(refused).as("a second writer was tried while the import ran").isTrue();
        assertThat(reads).as("reads while the import ran").isGreaterThan(3);
        try (Library reader = Library.openExisting(lib, ImportListener.NONE)) {
            assertThat(reader.issues()).hasSize(ISSUES);
            assertThat(reader.check().ok()).isTrue();
        }
        System.out.println(reads + " rounds of open, list and search while the import ran");
    }
}
