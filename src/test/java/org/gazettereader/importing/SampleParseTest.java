// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Issue;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample issue parses to exactly the values in lvliang-gazette-2023-01.expected.json. */
class SampleParseTest {
    private static Issue issue;
    private static JsonNode expected;

    @BeforeAll
    static void parse() throws Exception {
        issue = Samples.parseSample().issue();
        expected = new ObjectMapper().readTree(Samples.bytes("/fixtures/lvliang-gazette-2023-01.expected.json"));
    }

    @Test
    void issueMetadata() {
        assertThat(issue.gazette()).isEqualTo(expected.get("gazette").asText());
        assertThat(issue.publisher()).isEqualTo(expected.get("publisher").asText());
        assertThat(issue.year()).isEqualTo(expected.get("year").asInt());
        assertThat(issue.issue()).isEqualTo(expected.get("issue").asInt());
        assertThat(issue.totalIssue()).isEqualTo(expected.get("total_issue").asInt());
        assertThat(issue.published()).hasToString(expected.get("published").asText());
        List<String> sections = new ArrayList<>();
        expected.get("sections").forEach(s -> sections.add(s.asText()));
        assertThat(issue.sections()).containsExactlyElementsOf(sections);
        assertThat(issue.warnings()).isEmpty();
    }

    @Test
    void everyNoticeMatches() {
        JsonNode docs = expected.get("documents");
        assertThat(issue.notices()).hasSize(docs.size()).hasSize(15);
        for (int i = 0; i < docs.size(); i++) {
            JsonNode d = docs.get(i);
            Notice n = issue.notices().get(i);
            String at = "notice " + (i + 1);
            assertThat(n.seq()).as(at).isEqualTo(d.get("seq").asInt());
            assertThat(n.section()).as(at).isEqualTo(d.get("section").asText());
            assertThat(n.title()).as(at).isEqualTo(d.get("title").asText());
            assertThat(n.docNumber()).as(at).isEqualTo(d.get("doc_number").asText());
            assertThat(n.issuer()).as(at).isEqualTo(d.get("issuer").asText());
            assertThat(n.signed()).as(at).hasToString(d.get("signed").asText());
            assertThat(n.tocPage()).as(at).isEqualTo(d.get("toc_page").asInt());
            assertThat(n.recipients()).as(at).startsWith(d.get("recipients_prefix").asText());
            assertThat(n.recipients()).as(at).doesNotEndWith("：");
            assertThat(n.isPublic()).as(at).isTrue();
            assertThat(n.type()).as(at).isIn("通知", "批复");
            assertThat(n.consult() == null).as(at + " has no consult footer").isEqualTo(i == 14);
        }
    }

    @Test
    void noticeOneCarriesBothPlansWithoutLabels() {
        Notice n = issue.notices().get(0);
        assertThat(n.attachments()).extracting(Attachment::label).containsOnlyNulls();
        assertThat(n.attachments()).extracting(Attachment::title)
                .containsExactly("吕梁市妇女发展“十四五”规划", "吕梁市儿童发展“十四五”规划");
        assertThat(n.attachments().get(0).blocks().get(0).text()).startsWith("男女平等和妇女全面发展");
        // The plan's opening paragraph was cut by a page break (远景目 ⏎ 标纲要》) and is whole again.
        assertThat(n.attachments().get(0).blocks().get(0).text()).contains("远景目标纲要》，结合我市实际");
        assertThat(n.attachments().get(0).blocks()).contains(Block.heading(1, "一、发展现状和趋势", null));
        assertThat(n.attachments().get(0).blocks()).contains(Block.heading(2, "（一）指导思想", null));
        assertThat(n.blocks()).extracting(Block::type).containsExactly(
                BlockType.PARAGRAPH, BlockType.SIGNATURE, BlockType.DATE, BlockType.NOTE);
        assertThat(n.consult().unit()).isEqualTo("吕梁市妇女儿童工作委员会");
        assertThat(n.consult().phone()).isEqualTo("8228663");
    }

    @Test
    void labelledAttachmentsAndKeyValueTables() {
        Notice n = issue.notices().get(2);
        assertThat(n.attachments()).extracting(Attachment::label).containsExactly("附件1", "附件2");
        assertThat(n.attachments().get(1).title()).isEqualTo("吕梁市35处市级文物保护单位保护范围和建设控制地带");
        Block table = n.attachments().get(1).blocks().stream().filter(b -> b.type() == BlockType.TABLE)
                .findFirst().orElseThrow();
        assertThat(table.rows().get(0)).containsExactly("时代", "汉");
        assertThat(table.rows().get(1)).containsExactly("地址", "离石区交口街道贺家塔村东冯家塔");
        // The attachment list in the body: 附件：1. … then 2. …
        assertThat(n.blocks()).anyMatch(b -> b.text().startsWith("附件：1.关于保护范围") || b.text().startsWith("附件：1. 关于保护范围"));
    }

    @Test
    void regulationsAreArticles() {
        Notice n = issue.notices().get(12);
        assertThat(n.attachments()).hasSize(1);
        Attachment a = n.attachments().get(0);
        assertThat(a.label()).isEqualTo("附件");
        assertThat(a.title()).isEqualTo("吕梁市中试基地认定管理办法（试行）");
        assertThat(a.blocks().get(0).type()).isEqualTo(BlockType.ARTICLE);
        assertThat(a.blocks().get(0).number()).isEqualTo("第一条");
        assertThat(a.blocks().get(0).text()).endsWith("结合我市实际，制定本办法。");
        assertThat(issue.notices().get(13).attachments()).extracting(Attachment::title).containsExactly(
                "吕梁市城市管理综合行政执法立案制度", "吕梁市城市管理行政执法与刑事司法衔接工作办法");
    }

    @Test
    void englishAndIsRepairedAndWrapSpacesGo() {
        String all = issue.notices().get(0).attachments().get(1).blocks().stream().map(Block::text)
                .reduce("", String::concat);
        assertThat(all).contains("监护责任意识和能力").doesNotContain(" and ");
        assertThat(issue.notices().get(2).blocks().get(0).text()).contains("现将我市35处市级文物保护单位")
                .endsWith("做好文物保护单位的保护利用和监督管理工作。");
    }

    @Test
    void lastNoticeEndsAtItsNoteNotTheBackCover() {
        Notice last = issue.notices().get(14);
        assertThat(last.attachments()).isEmpty();
        assertThat(last.blocks().get(last.blocks().size() - 1).type()).isEqualTo(BlockType.NOTE);
    }
}
