// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small repairs and recognisers, one behaviour each. */
class TextPiecesTest {
    private static List<SourceLine> lines(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new SourceLine(t, null)).toList();
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    /** What a repair pass leaves of its input, and the log it wrote. */
    private record Repaired(List<SourceLine> lines, RepairLog log) {
        List<String> texts() {
            return TextPiecesTest.texts(lines);
        }
    }

    private static Repaired repair(RepairPass pass, String... input) {
        RepairLog log = new RepairLog();
        return new Repaired(pass.apply(lines(input), log), log);
    }

    @Test
    void wrapSpacesGoBetweenChineseButStayBetweenLatinWords() {
        assertThat(TextNormalizer.removeWrapSpaces("吕梁市 35 处市级")).isEqualTo("吕梁市35处市级");
        assertThat(TextNormalizer.removeWrapSpaces("2022 年 12 月 30 日")).isEqualTo("2022年12月30日");
        assertThat(TextNormalizer.removeWrapSpaces("the State Council 国务院")).isEqualTo("the State Council 国务院");
        assertThat(TextNormalizer.removeWrapSpaces("吕梁市人民政府 关于")).isEqualTo("吕梁市人民政府关于");
    }

    @Test
    void titlesGetFullWidthParenthesesAndCanonicalDocNumbers() {
        assertThat(TextNormalizer.normalizeTitle("专项规划 (2022—2026年)的批复")).isEqualTo("专项规划（2022—2026年）的批复");
        assertThat(TextNormalizer.normalizeTitle("转发吕政发[2022]5号的通知")).isEqualTo("转发吕政发〔2022〕5号的通知");
    }

    @Test
    void datesInArabicAndChineseNumerals() {
        assertThat(ChineseDates.find("2022 年 12 月 30 日")).contains(LocalDate.of(2022, 12, 30));
        assertThat(ChineseDates.find("一九九九年一月四日")).contains(LocalDate.of(1999, 1, 4));
        assertThat(ChineseDates.find("二〇二三年十二月三十一日")).contains(LocalDate.of(2023, 12, 31));
        assertThat(ChineseDates.find("二〇二三年二月三十日")).isEmpty();
        assertThat(ChineseDates.isDateLine("2023年2月8日")).isTrue();
        assertThat(ChineseDates.isDateLine("2023年2月8日出版")).isFalse();
    }

    @Test
    void markdownBulletsAndRulesGo() {
        Repaired out = repair(new MarkdownArtifactsPass(), "- 附件：1. 说明", "-------\t-----", "- ", "正文 - 不动");
        assertThat(out.texts()).containsExactly("附件：1. 说明", "", "- ", "正文 - 不动");
        assertThat(out.log().entries(MarkdownArtifactsPass.NAME)).hasSize(2);
    }

    @Test
    void qrLabelsGoAndNothingElse() {
        Repaired out = repair(new QrLabelPass(), "扫码咨询", "掌上公报 扫码阅读", "政策解读是重点", "政策解读");
        assertThat(out.texts()).containsExactly("", "", "政策解读是重点", "");
        assertThat(out.log().entries(QrLabelPass.NAME)).hasSize(3);
    }

    @Test
    void pageFootersGiveThePageToTheLinesAbove() {
        Repaired out = repair(new PageFooterPass(), "第一页正文", "", "—2—", "", "第二页正文", "", "3", "", "· 4 ·", "1999");
        assertThat(out.lines().get(0).page()).isEqualTo(2);
        assertThat(out.lines().get(4).page()).isEqualTo(3);
        assertThat(out.texts()).containsExactly("第一页正文", "", "", "", "第二页正文", "", "", "", "", "1999");
        assertThat(out.log().entries(PageFooterPass.NAME)).extracting(RepairLog.Entry::detail).containsExactly("—2—", "3", "· 4 ·");
    }

    @Test
    void englishAndBecomesHe() {
        Repaired out = repair(new EnglishWordPass(), "监护责任意识 and 能力", "salt and pepper");
        assertThat(out.texts()).containsExactly("监护责任意识和能力", "salt and pepper");
    }

    @Test
    void brokenParagraphsJoinButHeadingsDoNot() {
        var out = ParagraphJoiner.join(lines("按照《2035年远景目", "", "标纲要》，制定本规划。", "", "一、发展现状和趋势", "",
                "“十三五”时期，全市妇女事业得到发展。", "三、制定保护措施，编制保护规划，", "把文物保护同发展结合起来。"), null, 0);
        assertThat(texts(out)).containsExactly("按照《2035年远景目标纲要》，制定本规划。", "一、发展现状和趋势",
                "“十三五”时期，全市妇女事业得到发展。", "三、制定保护措施，编制保护规划，把文物保护同发展结合起来。");
    }

    @Test
    void encodingIsDetectedFromTheBytes() {
        String text = "吕梁市人民政府公报\r\n2023年第1期\r目录\n";
        for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                EncodingDetector.GB18030)) {
            byte[] body = text.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[0];
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            var decoded = EncodingDetector.decode(all).orElseThrow();
            assertThat(decoded.charset()).as(cs.name()).isEqualTo(cs);
            assertThat(texts(TextSourceReader.lines(decoded.text()))).as(cs.name())
                    .containsExactly("吕梁市人民政府公报", "2023年第1期", "目录");
        }
        byte[] bomUtf8 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.decode(bomUtf8).orElseThrow().text()).startsWith("吕梁市");
        assertThat(EncodingDetector.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isEmpty();
    }
}
