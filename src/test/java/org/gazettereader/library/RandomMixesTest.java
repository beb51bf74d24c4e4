// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.SearchHit;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever mix of files is imported (issues lacking dates, 文号, issuers, years or
 * numbers, shared 文号, attachment-only, short and long notices, the other gazettes' layouts,
 * files that are not gazettes, files imported twice), in whatever batches, {@code check} passes
 * afterwards and every notice in the library is found by its title. The default suite runs a
 * fixed-seed slice; {@code -Dgazette.mixes=N} runs more.
 */
class RandomMixesTest {
    private static final int RUNS = Integer.getInteger("gazette.mixes", 4);

    @TempDir
    Path dir;

    @Test
    void everyMixLeavesASoundLibraryWhereEveryNoticeIsFoundByItsTitle() throws Exception {
        CorpusGenerator gen = Samples.generator();
        List<Path> others = List.of(LibraryNeverBreaksTest.fixture("state-council-1999-01.txt"),
                LibraryNeverBreaksTest.fixture("provincial-gazette-2024-10.txt"),
                LibraryNeverBreaksTest.fixture("city-gazette-announcement.txt"),
                LibraryNeverBreaksTest.fixture("county-gazette-gb18030.txt"));
        for (int run = 0; run < RUNS; run++) {
            Random r = new Random(20261130L + run);
            Path in = Files.createDirectories(dir.resolve("in-" + run));
            List<Path> files = new ArrayList<>();
            int generated = 6 + r.nextInt(10);
            for (int i = 0; i < generated; i++) {
                CorpusGenerator.Generated g = gen.issue(run * 7919L + 1, r.nextInt(400));
                files.add(Files.write(in.resolve("g" + i + ".txt"), g.bytes()));
            }
            for (Path o : others) {
                if (r.nextBoolean()) {
                    files.add(Files.copy(o, in.resolve(o.getFileName())));
                }
            }
            files.add(Files.writeString(in.resolve("notes.txt"), "会议记录：请各位准时参加。\n", StandardCharsets.UTF_8));
            files.add(Files.write(in.resolve("scan.pdf"), "%PDF-1.7 truncated".getBytes(StandardCharsets.US_ASCII)));
            if (!files.isEmpty()) {
                files.add(files.get(r.nextInt(files.size()))); // one file twice
            }
            Collections.shuffle(files, r);
            Path lib = dir.resolve("lib-" + run);
            try (Library library = Library.open(lib)) {
                int batches = 1 + r.nextInt(3);
                for (int b = 0; b < batches; b++) {
                    List<Path> batch = files.subList(b * files.size() / batches, (b + 1) * files.size() / batches);
                    ImportSummary s = library.importPaths(batch, ImportListener.NONE, () -> false);
                    assertThat(s.stopReason()).isNull();
                    assertThat(s.files()).as("run %d: every file has an outcome", run).hasSize(batch.size());
                }
                CheckReport report = library.check();
                assertThat(report.damage()).as("run %d", run).isEmpty();
                assertThat(report.indexed()).as("run %d", run).isEqualTo(report.notices());
                int notices = 0;
                for (IssueSummary issue : library.issues()) {
                    for (LibraryNotice n : library.notices(issue.id())) {
                        notices++;
                        List<SearchHit> hits = library.searcher().search(SearchRequest.of(n.notice().title())
                                .withLimit(1000)).hits();
                        assertThat(hits).as("run %d: %s (%s) found by its title", run, n.notice().title(), issue.gazette())
                                .anySatisfy(h -> assertThat(h.id()).isEqualTo(n.notice().id()));
                    }
                }
                assertThat(notices).as("run %d: notices in the library", run).isPositive();
            }
        }
    }
}
