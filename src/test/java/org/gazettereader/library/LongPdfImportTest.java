// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gazettereader.importing.OfficialPdf;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long PDF in an import shows its pages as they are read, and cancelling stops it at the next page. */
class LongPdfImportTest {
    @TempDir
    Path dir;

    @Test
    void pagesAreReportedAndCancelStopsTheReadingAndTheBatch() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300 * 37; i++) {
            lines.add("第" + (i + 1) + "行：各地区、各部门要认真贯彻执行。");
        }
        Path pdf = in.resolve("a-long.pdf");
        OfficialPdf.write(lines, pdf);
        Path sample = Samples.copy(Samples.SAMPLE, in);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger lastPage = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        ImportListener listener = new ImportListener() {
            @Override
            public void progress(int done, int all, Path file) {
            }

            @Override
            public void pages(Path file, int done, int all) {
                assertThat(file).isEqualTo(pdf);
                lastPage.set(done);
                total.set(all);
                if (done == 40) {
                    cancel.set(true); // the person presses Cancel while page 40 is read
                }
            }
        };
        try (Library library = Library.open(dir.resolve("lib"))) {
            ImportSummary s = library.importPaths(List.of(pdf, sample), listener, cancel::get);
            assertThat(total.get()).isGreaterThanOrEqualTo(300);
            assertThat(lastPage.get()).isEqualTo(40);
            assertThat(s.cancelled()).isTrue();
            assertThat(s.files()).singleElement().satisfies(f -> {
                assertThat(f.file()).isEqualTo(pdf);
                assertThat(f.outcome()).isEqualTo(ImportSummary.Outcome.FAILED);
                assertThat(f.message()).contains("cancelled at page 41 of");
            });
            assertThat(library.issues()).isEmpty();
            assertThat(library.check().ok()).isTrue();
        }
    }
}
