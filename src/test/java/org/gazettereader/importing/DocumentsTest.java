// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.AttachmentTree;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single documents, laws, old and OCR'd issues, and scans: what the fixtures' accuracy table does not show. */
class DocumentsTest {
    @TempDir
    Path dir;

    private ParseResult parse(String fixture) throws ImportException {
        Path file = Samples.copy("/fixtures/" + fixture, dir);
        return GazetteParser.standard().parse(file, SourceFiles.standard().read(file));
    }

    private ParseResult parseText(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("doc.txt"), text, StandardCharsets.UTF_8);
        return GazetteParser.standard().parse(file, SourceFiles.standard().read(file));
    }

    @Test
    void aLawInGbkIsADocumentWithChaptersSectionsAndArticles() throws Exception {
        ParseResult r = parse("law-public-reading-gbk.txt");
        assertThat(r.kind()).isEqualTo(ParseResult.Kind.DOCUMENT);
        assertThat(r.issue().gazette()).isNull();
        assertThat(r.issue().year()).isNull();
        assertThat(r.issue().issue()).isNull();
        Notice law = r.issue().notices().get(0);
        assertThat(law.type()).isEqualTo("法");
        List<Block> headings = law.blocks().stream().filter(b -> b.type() == BlockType.HEADING).toList();
        assertThat(headings).extracting(Block::text).containsExactly("第一章 总则", "第二章 设立与运行", "第一节 设立",
                "第二节 运行", "第三章 法律责任", "第四章 附则");
        assertThat(headings).extracting(Block::level).containsExactly(1, 1, 2, 2, 1, 1);
        assertThat(law.blocks()).filteredOn(b -> b.type() == BlockType.ARTICLE).extracting(Block::number)
                .containsExactly("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条");
        // As printed: number, full-width space, text.
        assertThat(law.blocks()).filteredOn(b -> b.type() == BlockType.ARTICLE).extracting(Block::text)
                .allMatch(t -> t.matches("第.+?条\u3000\\S.*"), "第N条　text");
        // The law's own contents repeat the chapter names: dropped once, and logged.
        assertThat(r.repairs().entries(DocumentParser.LAW_CONTENTS)).hasSize(7);
    }

    @Test
    void partsPutChaptersOneLevelDown() throws Exception {
        Notice code = parseText("""
                中华人民共和国示例法典

                （2020年5月28日第十三届全国人民代表大会第三次会议通过）

                第一编　总　　则

                第一章　基本规定

                　　第一条　为了示范，制定本法。

                第一节　一般规定

                　　第二条　本法自公布之日起施行。
                """).issue().notices().get(0);
        assertThat(code.blocks()).filteredOn(b -> b.type() == BlockType.HEADING).extracting(Block::level)
                .containsExactly(1, 2, 3);
        assertThat(code.issuer()).isEqualTo("全国人民代表大会");
        assertThat(code.signed()).isEqualTo(LocalDate.of(2020, 5, 28));
    }

    @Test
    void headerLinesOfARedHeadAreNotTheTitleAndTheSignerIsNoRecipient() throws Exception {
        Notice n = parseText("""
                000123
                机密★1年
                特急
                某省人民政府文件
                某政发〔2024〕3 号          签发人：李某

                某省人民政府关于报送年度工作情况的报告

                国务院：
                现将我省年度工作情况报告如下。各项任务均已完成，具体情况见附表。
                某省人民政府
                2024年1月20日
                """).issue().notices().get(0);
        assertThat(n.title()).isEqualTo("某省人民政府关于报送年度工作情况的报告");
        assertThat(n.docNumber()).isEqualTo("某政发〔2024〕3号");
        assertThat(n.recipients()).isEqualTo("国务院");
        assertThat(n.type()).isEqualTo("报告");
    }

    @Test
    void aDocumentWithoutDocNumberAfterItsHeader() throws Exception {
        ParseResult r = parseText("""
                特急

                关于做好冬季供暖保障工作的通知

                各区人民政府，市政府各部门：
                入冬以来气温持续走低，各地要切实做好供暖保障，确保群众温暖过冬。
                某市人民政府办公室
                2024年11月2日
                """);
        assertThat(r.kind()).isEqualTo(ParseResult.Kind.DOCUMENT);
        Notice n = r.issue().notices().get(0);
        assertThat(n.title()).isEqualTo("关于做好冬季供暖保障工作的通知");
        assertThat(n.issuer()).isEqualTo("某市人民政府办公室");
        assertThat(n.signed()).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(r.issue().warnings()).contains("notice 1 (关于做好冬季供暖保障工作的通知): no 文号");
    }

    @Test
    void textWithoutATitleAndBodyIsRefusedSayingWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("list.txt"), "1234\n5678\n。。。\n");
        assertThatThrownBy(() -> GazetteParser.standard().parse(file, SourceFiles.standard().read(file)))
                .isInstanceOf(ImportException.class).hasMessageContaining("list.txt")
                .hasMessageContaining("no title at the top");
        Path title = Files.writeString(dir.resolve("title.txt"), "关于某事项的通知\n");
        assertThatThrownBy(() -> GazetteParser.standard().parse(title, SourceFiles.standard().read(title)))
                .isInstanceOf(ImportException.class).hasMessageContaining("with no body under it");
    }

    @Test
    void ocrRepairsAreLoggedAndOnlyWholeTermsChange() throws Exception {
        ParseResult r = parse("ocr-state-council-1999-05.txt");
        assertThat(r.repairs().entries(OcrDatePass.NAME)).extracting(RepairLog.Entry::detail)
                .containsExactly("—九九九年二月二十六日 → 一九九九年二月二十六日", "一九九九年三月—日 → 一九九九年三月一日");
        assertThat(r.repairs().entries(OcrTermPass.NAME)).extracting(RepairLog.Entry::detail)
                .contains("入民政府 → 人民政府", "党中夬 → 党中央", "直辖巿 → 直辖市");
        assertThat(r.repairs().entries(OcrBracketPass.NAME)).hasSize(2);
        Notice water = r.issue().notices().get(1);
        assertThat(water.blocks()).extracting(Block::text).contains("（1）科学制定城市供水规划，合理开发利用水资源。");
        RepairLog log = new RepairLog();
        // 入民 alone, a dash between numbers and a rule of dashes are no OCR damage.
        assertThat(new OcrTermPass().repair(0, "纳入民生工程", log)).isEqualTo("纳入民生工程");
        assertThat(new OcrDatePass().repair(0, "————年—月—日", log)).isEqualTo("————年—月—日");
        assertThat(new OcrBracketPass().repair(0, "Vitamin C1) and ABC4）", log)).isEqualTo("Vitamin C1) and ABC4）");
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void chineseNumeralMastheads() {
        assertThat(ChineseNumerals.arabicMasthead("一九五四年第一号（总第一号）")).isEqualTo("1954年第1号（总第1号）");
        assertThat(ChineseNumerals.arabicMasthead("二〇〇一年第十二期（总第一百零五期）")).isEqualTo("2001年第12期（总第105期）");
    }

    @Test
    void itemsOfAnOldIssueWithoutContentsAreFoundByTheShapeOfTheirTitles() throws Exception {
        ParseResult r = parseText("""
                某省人民政府公报

                一九五六年第三期

                某省人民委员会关于春耕生产的指示

                各专员公署，各县人民委员会：
                春耕季节即将到来，各地必须及早准备种子、农具和肥料，保证不误农时。
                某省人民委员会
                一九五六年二月十日

                某省人民委员会命令

                为了保护森林资源，自即日起禁止在水源林区开荒。违者依法处理。
                省长　王某某
                一九五六年二月十五日
                """);
        assertThat(r.issue().year()).isEqualTo(1956);
        assertThat(r.issue().issue()).isEqualTo(3);
        assertThat(r.issue().notices()).extracting(Notice::title)
                .containsExactly("某省人民委员会关于春耕生产的指示", "某省人民委员会命令");
        assertThat(r.issue().notices()).extracting(Notice::signed)
                .containsExactly(LocalDate.of(1956, 2, 10), LocalDate.of(1956, 2, 15));
    }

    @Test
    void nestedAttachmentsFormATree() throws Exception {
        Notice n = parse("joint-redhead-2022-71.txt").issue().notices().get(0);
        List<AttachmentTree> tree = AttachmentTree.of(n.attachments());
        assertThat(tree).extracting(t -> t.attachment().label()).containsExactly("附件1", "附件2");
        assertThat(tree.get(1).children()).extracting(t -> t.attachment().label()).containsExactly("附件2-1", "附件2-2");
        assertThat(tree.get(1).children()).extracting(AttachmentTree::part).containsExactly(3, 4);
        assertThat(n.attachments().get(2).parentLabel()).isEqualTo("附件2");
        assertThat(n.attachments().get(2).depth()).isEqualTo(2);
        assertThat(new Attachment(null, "方案", List.of()).parentLabel()).isNull();
        // Bare page numbers and the publication note are not body text.
        assertThat(n.blocks()).noneMatch(b -> b.text().equals("1"));
        assertThat(n.attachments().get(3).blocks()).noneMatch(b -> b.text().equals("2"));
        assertThat(n.isPublic()).isTrue();
        assertThat(n.blocks()).filteredOn(b -> b.type() == BlockType.SIGNATURE).extracting(Block::text)
                .containsExactly("国务院办公厅 中央军委办公厅");
    }

    @Test
    void aScanIsRefusedWithItsPageCountWithoutReadingEveryPage() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        OfficialPdf.writeScan(40, scan);
        List<Integer> seen = new ArrayList<>();
        PdfSourceReader reader = new PdfSourceReader(new PdfSourceReader.Progress() {
            @Override
            public void page(int done, int total) {
                seen.add(done);
            }
        });
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> reader.read(scan, Files.readAllBytes(scan))).isInstanceOf(ImportException.class)
                .hasMessageContaining("scan.pdf").hasMessageContaining("40 pages").hasMessageContaining("needs OCR first");
        System.out.printf("scan of 40 pages refused in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        assertThat(seen).as("refused before the page-by-page reading starts").isEmpty();
    }

    @Test
    void readingAPdfReportsProgressAndCanBeCancelled() throws Exception {
        Path pdf = dir.resolve("long.pdf");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            lines.add("第" + (i + 1) + "行：各地区、各部门要认真贯彻执行。");
        }
        OfficialPdf.write(lines, pdf);
        List<Integer> seen = new ArrayList<>();
        PdfSourceReader counting = new PdfSourceReader(new PdfSourceReader.Progress() {
            @Override
            public void page(int done, int total) {
                seen.add(total);
            }
        });
        counting.read(pdf, Files.readAllBytes(pdf));
        assertThat(seen).hasSizeGreaterThan(3).allMatch(t -> t == seen.size());
        PdfSourceReader cancelling = new PdfSourceReader(new PdfSourceReader.Progress() {
            int pages;

            @Override
            public void page(int done, int total) {
                pages = done;
            }

            @Override
            public boolean cancelled() {
                return pages >= 2;
            }
        });
        assertThatThrownBy(() -> cancelling.read(pdf, Files.readAllBytes(pdf))).isInstanceOf(ImportException.class)
                .hasMessageContaining("cancelled at page 3 of " + seen.size());
    }
}
