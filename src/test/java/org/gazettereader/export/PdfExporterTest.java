// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.gazettereader.typeset.NoticeLayout;
import org.gazettereader.typeset.Paragraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real PDFs, read back with PDFBox. */
class PdfExporterTest {
    @TempDir
    static Path dir;
    static List<LibraryNotice> notices = new ArrayList<>();
    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 28, 9, 30);

    @BeforeAll
    static void parse() {
        var issue = Samples.parseSample().issue();
        for (Notice n : issue.notices()) {
            notices.add(new LibraryNotice(1, issue.gazette(), issue.year(), issue.issue(), n));
        }
    }

    private static Path export(ExportRequest r, String name) throws Exception {
        Path out = dir.resolve(name);
        new PdfExporter().export(r, out);
        return out;
    }

    @Test
    void everyNoticeIsThereInOrderWithEmbeddedFontsAndAnOutline() throws Exception {
        Path pdf = export(new ExportRequest(notices, null, null, AT), "all.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName()).isTrue();
                    assertThat(f.getName()).contains("+"); // a subset
                }
            }
            // Running heads and footers stand between the pages of a paragraph that crosses a page break.
            String text = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "")
                    .replaceAll("—\\d+—", "").replaceAll("原载公报第\\d+页起?", "")
                    .replaceAll("打印于\\d{4}-\\d\\d-\\d\\d\\d\\d:\\d\\d以正式出版物为准", "")
                    .replaceAll("吕梁市人民政府公报2023年第1期(吕[^〔]{1,6}〔\\d{4}〕\\d{1,3}号)?", "");
            int at = 0;
            for (LibraryNotice n : notices) {
                for (Paragraph p : NoticeLayout.paragraphs(n.notice())) {
                    String want = (p.isTable() ? p.text().replace("\t", "").replace("\n", "") : p.text()).replaceAll("[\\s\u3000]+", "");
                    int found = text.indexOf(want, at);
                    int near = text.indexOf(want.substring(0, Math.min(6, want.length())), at);
                    assertThat(found).as("notice %d paragraph %d/%d: %s%n near: %s", n.notice().seq(), p.part(), p.block(), want,
                            near < 0 ? "-" : text.substring(near, Math.min(text.length(), near + want.length() + 20)))
                            .isGreaterThanOrEqualTo(0);
                    at = found + want.length();
                }
            }
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertThat(top).hasSize(16).first().isEqualTo("目录");
            assertThat(top.subList(1, 16)).allMatch(t -> t.startsWith("吕梁市"));
            assertThat(doc.getDocumentInformation().getCreator()).contains("Gazette Reader");
            int pages = doc.getNumberOfPages();
            Path again = export(new ExportRequest(notices, null, null, AT), "again.pdf");
            try (PDDocument second = Loader.loadPDF(again.toFile())) {
                assertThat(second.getNumberOfPages()).isEqualTo(pages);
            }
            String raw = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertThat(raw).contains("—1—").contains("以正式出版物为准").contains("打印于2026-11-2809:30")
                    .contains("吕梁市人民政府公报2023年第1期吕政发〔2023〕2号");
        }
    }

    @Test
    void charactersTheFontLacksAreNamedNotDroppedSilently() throws Exception {
        Notice n = notices.get(0).notice();
        // 𠀀 (U+20000, CJK Extension B) and 🀄 are not in WenQuanYi Micro Hei.
        Notice odd = new Notice(n.seq(), n.id(), n.section(), n.title() + "𠀀", n.docNumber(), n.type(), n.issuer(),
                n.recipients(), n.signed(), n.tocPage(), n.isPublic(), n.consult(), n.blocks(), n.attachments());
        LibraryNotice ln = new LibraryNotice(1, notices.get(0).gazette(), notices.get(0).year(), notices.get(0).issue(), odd);
        PdfExporter.Result r = new PdfExporter().export(new ExportRequest(List.of(ln), null, null, AT),
                dir.resolve("odd.pdf"));
        assertThat(r.pages()).isPositive();
        assertThat(r.missingCharacters()).isEqualTo("𠀀");
        PdfExporter.Result plain = new PdfExporter().export(new ExportRequest(List.of(notices.get(0)), null, null, AT),
                dir.resolve("plain.pdf"));
        assertThat(plain.missingCharacters()).isEmpty();
    }

    @Test
    void theTitleIsBalancedAtWordBoundaries() throws Exception {
        LibraryNotice institute = notices.stream().filter(n -> n.notice().title().contains("研究院")).findFirst().orElseThrow();
        Path pdf = export(new ExportRequest(List.of(institute), 1, 1, AT), "institute.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = List.of(new PDFTextStripper().getText(doc).split("\\R"));
            // 20 title characters a line in the 156 mm type area: 27 characters in two lines of 13 and 14.
            int at = lines.indexOf("吕梁市人民政府关于成立山西");
            assertThat(at).as(String.join("\n", lines)).isNotNegative();
            assertThat(lines.get(at + 1)).isEqualTo("大学吕梁科学技术研究院的通知");
        }
    }

    @Test
    void aPageRangeExportsOnlyThosePages() throws Exception {
        LibraryNotice longest = notices.get(0);
        Path full = export(new ExportRequest(List.of(longest), null, null, AT), "one.pdf");
        Path part = export(new ExportRequest(List.of(longest), 2, 3, AT), "part.pdf");
        try (PDDocument f = Loader.loadPDF(full.toFile()); PDDocument p = Loader.loadPDF(part.toFile())) {
            assertThat(p.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(3);
            String expected = s.getText(f).replaceAll("—\\s*\\d+\\s*—", "").replaceAll("\\s+", "");
            String got = new PDFTextStripper().getText(p).replaceAll("—\\s*\\d+\\s*—", "").replaceAll("\\s+", "");
            assertThat(got).isEqualTo(expected);
        }
        assertThatThrownBy(() -> export(new ExportRequest(List.of(longest), 500, 501, AT), "none.pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThat(dir.resolve("none.pdf")).doesNotExist();
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
}
