// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample typeset as a two-column PDF parses to the same notices as the text. */
class PdfImportTest {
    @TempDir
    static Path dir;
    private static Issue fromPdf;
    private static Issue fromText;

    @BeforeAll
    static void build() throws Exception {
        Path pdf = dir.resolve("lvliang-two-columns.pdf");
        List<String> paragraphs = new TextSourceReader().read(pdf, Samples.bytes(Samples.SAMPLE)).stream()
                .map(SourceLine::text).toList();
        TwoColumnPdf.write(paragraphs, pdf, null);
        fromPdf = GazetteParser.standard().parse(pdf, SourceFiles.standard().read(pdf)).issue();
        fromText = Samples.parseSample().issue();
    }

    @Test
    void sameIssueAndNotices() {
        assertThat(fromPdf.gazette()).isEqualTo(fromText.gazette());
        assertThat(fromPdf.year()).isEqualTo(fromText.year());
        assertThat(fromPdf.issue()).isEqualTo(fromText.issue());
        assertThat(fromPdf.totalIssue()).isEqualTo(fromText.totalIssue());
        assertThat(fromPdf.sections()).isEqualTo(fromText.sections());
        assertThat(fromPdf.notices()).hasSize(15);
        for (int i = 0; i < 15; i++) {
            Notice p = fromPdf.notices().get(i);
            Notice t = fromText.notices().get(i);
            assertThat(p.title()).as("title %d", i + 1).isEqualTo(t.title());
            assertThat(p.docNumber()).as("文号 %d", i + 1).isEqualTo(t.docNumber());
            assertThat(p.issuer()).isEqualTo(t.issuer());
            assertThat(p.signed()).isEqualTo(t.signed());
            assertThat(p.section()).isEqualTo(t.section());
            assertThat(p.tocPage()).isEqualTo(t.tocPage());
            assertThat(p.recipients()).as("recipients %d", i + 1).startsWith(t.recipients().substring(0, 6));
        }
    }

    @Test
    void blocksKnowThePrintedPage() {
        Notice last = fromPdf.notices().get(14);
        assertThat(last.blocks()).allMatch(b -> b.page() != null && b.page() > 20);
        assertThat(fromPdf.notices().get(0).blocks().get(0).page()).isLessThan(last.blocks().get(0).page());
    }
}
