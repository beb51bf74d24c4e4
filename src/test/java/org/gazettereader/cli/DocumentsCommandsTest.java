// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gazettereader.config.DataHome;
import org.gazettereader.importing.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's done-when, as an administrator runs it: a folder with an issue, a single document, a
 * law and a scan imports three and refuses the scan; check passes; the document and the law are
 * found by title words and 文号 and export to PDF with 单篇文件 in the header. Real SQLite, Lucene
 * and PDF files.
 */
class DocumentsCommandsTest extends CliRun {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final String WEB = "web-notice-guobanfa-2023-27.txt";
    private static final String LAW = "law-public-reading-gbk.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path folder() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copy(Samples.SAMPLE, in);
        Files.copy(FIXTURES.resolve(WEB), in.resolve(WEB));
        Files.copy(FIXTURES.resolve(LAW), in.resolve(LAW));
        org.gazettereader.importing.OfficialPdf.writeScan(3, in.resolve("scan.pdf"));
        return in;
    }

    @Test
    void aFolderWithAnIssueADocumentALawAndAScan() throws Exception {
        String lib = dir.resolve("lib").toString();
        assertThat(run("import", "--library", lib, folder().toString())).as("a refused file makes import exit 1").isEqualTo(1);
        assertThat(out()).contains("imported 3, replaced 0, duplicates 0, failed 1; 17 notices")
                .contains("imported: " + dir.resolve("in").resolve(LAW) + ": 单篇文件《中华人民共和国公共阅览服务法》")
                .contains("单篇文件《国务院办公厅关于印发城乡社区养老服务提升行动方案的通知》 国办发〔2023〕27号");
        assertThat(err()).contains("scan.pdf").contains("3 pages").contains("needs OCR first");

        assertThat(run("check", "--library", lib)).isZero();
        assertThat(out()).contains("1 issue, 2 single documents, 17 notices, 17 in the search index").endsWith("ok\n");

        assertThat(run("list", "--library", lib)).isZero();
        assertThat(out()).contains("单篇文件  中华人民共和国公共阅览服务法  1 篇  " + LAW)
                .contains("吕梁市人民政府公报  2023年第1期").contains("1 issue and 2 single documents in ")
                .doesNotContain("null").doesNotContain("?年第?期");
        assertThat(run("list", "--library", lib, "--json")).isZero();
        JsonNode list = JSON.readTree(out());
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("kind").asText()).isEqualTo("issue");
        assertThat(list.get(0).get("title").isNull()).isTrue();
        JsonNode doc = list.get(1);
        assertThat(doc.get("kind").asText()).isEqualTo("document");
        assertThat(doc.get("gazette").isNull()).isTrue();
        assertThat(doc.get("year").isNull()).isTrue();
        assertThat(doc.get("notices").asInt()).isEqualTo(1);

        // The law by title words: no 文号, found in the text output with 单篇文件 where the gazette goes.
        assertThat(run("search", "--library", lib, "公共阅览服务法")).isZero();
        assertThat(out()).contains("中华人民共和国公共阅览服务法").contains("单篇文件").doesNotContain("null");
        assertThat(run("search", "--library", lib, "--json", "公共阅览 服务法")).isZero();
        JsonNode law = hit(JSON.readTree(out()), "中华人民共和国公共阅览服务法");
        assertThat(law.get("kind").asText()).isEqualTo("document");
        assertThat(law.get("gazette").isNull()).isTrue();
        assertThat(law.get("issue").isNull()).isTrue();
        assertThat(law.get("signed").asText()).isEqualTo("2021-06-10");
        // Its year is the year it was adopted: the year filter and facet find it.
        assertThat(run("search", "--library", lib, "--json", "--year", "2021", "阅览")).isZero();
        JsonNode byYear = JSON.readTree(out());
        assertThat(byYear.get("total").asInt()).isEqualTo(1);
        assertThat(byYear.get("facets").get("year").get("2021").asInt()).isEqualTo(1);

        // The document by title words and by 文号, in another bracket variant too.
        assertThat(run("search", "--library", lib, "--json", "城乡社区养老服务提升行动方案")).isZero();
        assertThat(hit(JSON.readTree(out()), "国务院办公厅关于印发城乡社区养老服务提升行动方案的通知").get("doc_number").asText())
                .isEqualTo("国办发〔2023〕27号");
        assertThat(run("search", "--library", lib, "--json", "国办发[2023]27号")).isZero();
        JsonNode byNumber = JSON.readTree(out());
        assertThat(byNumber.get("total").asInt()).isEqualTo(1);
        assertThat(byNumber.get("hits").get(0).get("kind").asText()).isEqualTo("document");
        // An issue's notice keeps its gazette and issue.
        assertThat(run("search", "--library", lib, "--json", "吕政发[2023]2号")).isZero();
        JsonNode issueHit = JSON.readTree(out()).get("hits").get(0);
        assertThat(issueHit.get("kind").asText()).isEqualTo("issue");
        assertThat(issueHit.get("gazette").asText()).isEqualTo("吕梁市人民政府公报");

        Path docPdf = dir.resolve("doc.pdf");
        assertThat(run("export", "--library", lib, "--pdf", docPdf.toString(), "--doc", "国办发〔2023〕27号")).isZero();
        String docPage = firstPage(docPdf);
        assertThat(docPage).contains("单篇文件　国务院办公厅　国办发〔2023〕27号").contains("国务院办公厅关于印发城乡社区").contains("各省、自治区、直辖市人民政府")
                .doesNotContain("null").doesNotContain("?年第?期").doesNotContain("原载公报");

        assertThat(run("export", "--library", lib, "--pdf", dir.resolve("law.pdf").toString(), "--doc", law.get("id").asText()))
                .isZero();
        String lawPage = firstPage(dir.resolve("law.pdf"));
        assertThat(lawPage).contains("单篇文件　全国人民代表大会常务委员会").contains("中华人民共和国公共阅览服务法").contains("第一条")
                .doesNotContain("null").doesNotContain("?年第?期");
    }

    @Test
    void parsePrintsTheKindAndNestedAttachmentsTheirParent() throws Exception {
        assertThat(run("parse", "--json", FIXTURES.resolve(LAW).toString())).isZero();
        JsonNode law = JSON.readTree(out());
        assertThat(law.fieldNames().next()).isEqualTo("kind");
        assertThat(law.get("kind").asText()).isEqualTo("document");
        assertThat(law.get("gazette").isNull()).isTrue();

        assertThat(run("parse", "--json", FIXTURES.resolve("joint-redhead-2022-71.txt").toString())).isZero();
        JsonNode atts = JSON.readTree(out()).get("documents").get(0).get("attachments");
        assertThat(atts.get(0).get("label").asText()).isEqualTo("附件1");
        assertThat(atts.get(0).get("parent").isNull()).isTrue();
        JsonNode nested = null;
        for (JsonNode a : atts) {
            if ("附件2-1".equals(a.get("label").asText())) {
                nested = a;
            }
        }
        assertThat(nested).isNotNull();
        assertThat(nested.get("parent").asText()).isEqualTo("附件2");

        Path sample = Samples.copy(Samples.SAMPLE, Files.createDirectories(dir.resolve("s")));
        assertThat(run("parse", "--json", sample.toString())).isZero();
        assertThat(JSON.readTree(out()).get("kind").asText()).isEqualTo("issue");

        assertThat(run("parse", FIXTURES.resolve(WEB).toString())).isZero();
        assertThat(out()).startsWith("单篇文件  发文机关 国务院办公厅  成文日期 2023-08-16\n")
                .contains("国办发〔2023〕27号  国务院办公厅关于印发城乡社区养老服务提升行动方案的通知  2023-08-16  附件1")
                .doesNotContain("null").doesNotContain("栏目").doesNotContain("第?页");
    }

    private static JsonNode hit(JsonNode result, String title) {
        for (JsonNode h : result.get("hits")) {
            if (h.get("title").asText().equals(title)) {
                return h;
            }
        }
        throw new AssertionError("no hit titled " + title + " in " + result);
    }

    private static String firstPage(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                assertThat(doc.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            return s.getText(doc);
        }
    }
}
