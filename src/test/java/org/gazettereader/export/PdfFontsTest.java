// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.gazettereader.typeset.TextStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF's fonts on this machine, which has no official font, and with font lists of other machines. */
class PdfFontsTest {
    @TempDir
    Path dir;

    @Test
    void thisMachineFallsBackToTheBundledFont() throws Exception {
        List<SystemFonts.FontFile> installed = SystemFonts.installed();
        assertThat(installed).as("fc-list answers here").isNotEmpty();
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, installed)) {
            for (TextStyle s : TextStyle.values()) {
                assertThat(fonts.font(s)).as(s.name()).isSameAs(fonts.bundled());
                assertThat(fonts.embolden(s)).as(s.name()).isEqualTo(s.bold());
            }
            assertThat(fonts.bundled().getName()).endsWith("WenQuanYiMicroHei");
        }
    }

    @Test
    void fcListLinesAreRead() {
        List<SystemFonts.FontFile> files = SystemFonts.parse("""
                FangSong,仿宋\tRegular,常规\t/usr/share/fonts/win/simfang.ttf\tFangSong
                SimSun,宋体\tRegular\t/usr/share/fonts/win/simsun.ttc\tSimSun
                Noto Sans CJK SC\tBold\t/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc\tNotoSansCJKsc-Bold
                broken line without tabs
                """);
        assertThat(files).hasSize(3);
        assertThat(files.get(0).families()).containsExactly("FangSong", "仿宋");
        assertThat(files.get(0).file()).isEqualTo(Path.of("/usr/share/fonts/win/simfang.ttf"));
        assertThat(files.get(0).bold()).isFalse();
        assertThat(files.get(2).bold()).isTrue();
        assertThat(files.get(2).postscriptName()).isEqualTo("NotoSansCJKsc-Bold");
    }

    @Test
    void windowsFontFilesAreFoundByName() throws Exception {
        Files.createFile(dir.resolve("SIMHEI.TTF"));
        Files.createFile(dir.resolve("arial.ttf"));
        List<SystemFonts.FontFile> files = SystemFonts.scan(List.of(dir, dir.resolve("missing")));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).families()).contains("SimHei", "黑体");
    }

    @Test
    void anOfficialFontThatWillNotLoadFallsBack() throws Exception {
        // A machine that names 仿宋 and 黑体, but the files are damaged: the export still works, in the bundled font.
        Path fang = Files.writeString(dir.resolve("simfang.ttf"), "not a font");
        Path hei = Files.writeString(dir.resolve("simhei.ttf"), "");
        List<SystemFonts.FontFile> installed = List.of(
                new SystemFonts.FontFile(List.of("FangSong", "仿宋"), "Regular", fang, "FangSong"),
                new SystemFonts.FontFile(List.of("SimHei"), "Regular", hei, "SimHei"));
        try (PDDocument doc = new PDDocument(); PdfFonts fonts = new PdfFonts(doc, installed)) {
            assertThat(fonts.font(TextStyle.BODY)).isSameAs(fonts.bundled());
            assertThat(fonts.font(TextStyle.HEADING1)).isSameAs(fonts.bundled());
            assertThat(fonts.embolden(TextStyle.HEADING1)).isTrue();
        }
        PdfExporter.Result r = new PdfExporter(() -> installed).export(new ExportRequest(
                List.of(sample()), null, null, PdfExporterTest.AT), dir.resolve("fallback.pdf"));
        assertThat(r.pages()).isPositive();
        assertThat(r.missingCharacters()).isEmpty();
    }

    private static org.gazettereader.model.LibraryNotice sample() {
        var issue = org.gazettereader.importing.Samples.parseSample().issue();
        return new org.gazettereader.model.LibraryNotice(1, issue.gazette(), issue.year(), issue.issue(), issue.notices().get(0));
    }
}
