// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.importing.GazetteParser;
import org.gazettereader.importing.Samples;
import org.gazettereader.importing.SourceFiles;
import org.gazettereader.model.Issue;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.search.NoticeIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexing on worker threads, on a real Lucene index, in the order that matters. */
class IndexFeederTest {
    @TempDir
    Path dir;

    private Issue sample() throws Exception {
        Path file = Samples.copy(Samples.SAMPLE, dir);
        return GazetteParser.standard().parse(file, SourceFiles.standard().read(file)).issue();
    }

    /** The sample's notices as issue {@code issueId}, with ids of their own. */
    private static List<LibraryNotice> asIssue(Issue issue, long issueId) {
        List<LibraryNotice> out = new ArrayList<>();
        for (Notice n : issue.notices()) {
            Notice copy = new Notice(n.seq(), n.id() + "-" + issueId, n.section(), n.title(), n.docNumber(), n.type(),
                    n.issuer(), n.recipients(), n.signed(), n.tocPage(), n.isPublic(), n.consult(), n.blocks(), n.attachments());
            out.add(new LibraryNotice(issueId, issue.gazette(), issue.year(), issue.issue(), copy));
        }
        return out;
    }

    @Test
    void indexesFromSeveralThreadsAndReportsInTheOrderHandedOver() throws Exception {
        Issue sample = sample();
        List<Long> order = new ArrayList<>();
        try (NoticeIndex index = NoticeIndex.open(dir.resolve("index"))) {
            index.beginWrite();
            try (IndexFeeder feeder = new IndexFeeder(index, 3)) {
                for (long id = 1; id <= 40; id++) {
                    long issueId = id;
                    feeder.add(issueId, asIssue(sample, issueId), refused -> {
                        assertThat(refused).isEmpty();
                        order.add(issueId);
                    });
                    if (id % 10 == 0) {
                        feeder.after(() -> order.add(-issueId));
                    }
                }
                feeder.drain();
            }
            index.commit(1);
            index.endWrite();
            assertThat(index.ids()).hasSize(40 * sample.notices().size());
        }
        List<Long> expected = new ArrayList<>();
        for (long id = 1; id <= 40; id++) {
            expected.add(id);
            if (id % 10 == 0) {
                expected.add(-id);
            }
        }
        assertThat(order).containsExactlyElementsOf(expected);
    }

    @Test
    void deletingAReplacedIssueWaitsForItsNoticesToBeIndexed() throws Exception {
        Issue sample = sample();
        try (NoticeIndex index = NoticeIndex.open(dir.resolve("index"))) {
            index.beginWrite();
            try (IndexFeeder feeder = new IndexFeeder(index, 2)) {
                for (long id = 1; id <= 12; id++) {
                    feeder.add(id, asIssue(sample, id), refused -> { });
                }
                // Issue 12 is replaced by issue 13 right after it was handed over: none of its notices may survive.
                feeder.deleteIssues(List.of(12L, 11L));
                feeder.add(13, asIssue(sample, 13), refused -> { });
                feeder.drain();
            }
            index.commit(1);
            index.endWrite();
            assertThat(index.ids()).hasSize(11 * sample.notices().size())
                    .noneMatch(id -> id.endsWith("-12") || id.endsWith("-11"))
                    .anyMatch(id -> id.endsWith("-13"));
        }
    }

    @Test
    void aFailureOfTheIndexIsThrownToTheCaller() throws Exception {
        Issue sample = sample();
        try (NoticeIndex index = NoticeIndex.open(dir.resolve("index"))) {
            // No write session: the index refuses every issue, on the worker thread.
            try (IndexFeeder feeder = new IndexFeeder(index, 2)) {
                feeder.add(1, asIssue(sample, 1), refused -> { });
                assertThatThrownBy(feeder::drain).isInstanceOf(IndexFeeder.Failure.class)
                        .hasCauseInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("beginWrite");
            }
        }
    }
}
