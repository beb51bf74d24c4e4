// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.importing.Samples;
import org.gazettereader.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of one batch are read ahead and indexed on worker threads; what the library ends with
 * and what the listener hears must still follow the batch's order (real SQLite, real Lucene).
 */
class ImportBatchOrderTest {
    private static final String OLD = "阳光体育运动";
    private static final String NEW = "晨曦体育运动";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static int hits(Library library, String q) throws Exception {
        return library.searcher().search(SearchRequest.of("\"" + q + "\"")).total();
    }

    @Test
    void laterFilesOfAnIssueReplaceEarlierOnesInOrderAndTheListenerHearsEachFileInOrder() throws Exception {
        String sample = new String(Samples.bytes(Samples.SAMPLE), StandardCharsets.UTF_8);
        assertThat(sample).contains(OLD);
        Path v1 = write("a-v1.txt", sample);
        Path v2 = write("b-v2.txt", sample.replace(OLD, NEW));
        Path junk = write("c-junk.txt", "这不是公报。\n只有两行字。\n");
        Path v1Again = write("d-v1-copy.txt", sample);
        List<Path> heard = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(int done, int total, Path file) {
            }

            @Override
            public void finished(ImportSummary.FileOutcome outcome) {
                heard.add(outcome.file());
            }
        };
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportSummary s = library.importPaths(List.of(v1, v2, junk, v1Again), listener, () -> false);
            assertThat(s.files()).extracting(ImportSummary.FileOutcome::outcome).containsExactly(
                    ImportSummary.Outcome.IMPORTED, ImportSummary.Outcome.REPLACED, ImportSummary.Outcome.FAILED,
                    ImportSummary.Outcome.REPLACED);
            assertThat(heard).containsExactly(v1, v2, junk, v1Again);
            assertThat(library.issues()).hasSize(1);
            assertThat(hits(library, OLD)).isEqualTo(1);
            assertThat(hits(library, NEW)).isZero();
            assertThat(library.check().ok()).isTrue();

            // v1's hash is in the library when the next batch starts, so it is read ahead without parsing;
            // once v2 has replaced it, v1 must still be parsed and stored.
            ImportSummary next = library.importPaths(List.of(v2, v1Again), ImportListener.NONE, () -> false);
            assertThat(next.files()).extracting(ImportSummary.FileOutcome::outcome)
                    .containsExactly(ImportSummary.Outcome.REPLACED, ImportSummary.Outcome.REPLACED);
            assertThat(hits(library, OLD)).isEqualTo(1);
            assertThat(hits(library, NEW)).isZero();
            assertThat(library.check().ok()).isTrue();
            assertThat(library.check().indexed()).isEqualTo(15);
        }
    }
}
