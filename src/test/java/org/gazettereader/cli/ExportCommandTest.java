// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    private Path lib;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void library() throws Exception {
        lib = dir.resolve("lib");
        Path in = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("in")));
        assertThat(run("import", "--library", lib.toString(), in.toString())).isZero();
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(l -> { }).run(out, err, args);
    }

    private static List<String> outline(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(i.getTitle());
            }
            return titles;
        }
    }

    @Test
    void queryExportsTheMatchingNoticesInRankOrder() throws Exception {
        Path pdf = dir.resolve("zscq.pdf");
        assertThat(run("export", "--library", lib.toString(), "--pdf", pdf.toString(), "--query", "知识产权")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 notices");
        assertThat(outline(pdf)).containsExactly("目录",
                "吕梁市人民政府关于印发吕梁市“十四五”知识产权保护和运用规划的通知（吕政发〔2023〕2号）",
                "吕梁市人民政府办公室关于印发吕梁市加强县域商业体系建设促进农村消费三年行动方案的通知（吕政办发〔2023〕1号）");
    }

    @Test
    void docInAnyBracketStyleAndPageRange() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        assertThat(run("export", "--library", lib.toString(), "--pdf", pdf.toString(), "--doc", "吕政发[2022]18号",
                "--pages", "2-4")).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }
        assertThat(run("export", "--library", lib.toString(), "--pdf", dir.resolve("x.pdf").toString(), "--issue", "2023/1",
                "--pages", "1-2")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pages applies to a single notice");
    }

    @Test
    void wholeIssueAndErrors() throws Exception {
        Path pdf = dir.resolve("issue.pdf");
        assertThat(run("export", "--library", lib.toString(), "--pdf", pdf.toString(), "--issue", "2023/1")).isZero();
        assertThat(outline(pdf)).hasSize(16);
        assertThat(run("export", "--library", lib.toString(), "--pdf", dir.resolve("n.pdf").toString(), "--doc",
                "吕政发〔1999〕1号")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no notice 吕政发〔1999〕1号");
        assertThat(dir.resolve("n.pdf")).doesNotExist();
        assertThat(run("export", "--library", lib.toString(), "--pdf", dir.resolve("m.pdf").toString())).isEqualTo(2);
        assertThat(run("export", "--library", lib.toString(), "--pdf", dir.resolve("m.pdf").toString(), "--doc", "a",
                "--query", "b")).isEqualTo(2);
    }
}
