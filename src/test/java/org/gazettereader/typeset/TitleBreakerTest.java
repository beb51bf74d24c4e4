// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Balanced titles at word boundaries, with the sample's titles and those of the test fixtures
 * (provincial, city, county and State Council gazettes). Widths are in title characters: the
 * measurer gives each Chinese character 10 units at size 10.
 */
class TitleBreakerTest {
    private static final TextMeasurer M = new MonospaceMeasurer();
    private static final TitleBreaker TITLES = new TitleBreaker(new SegmentedWords());
    private static final String INSTITUTE = "吕梁市人民政府关于成立山西大学吕梁科学技术研究院的通知";
    /** Title characters a line holds in the reader at a 1920 px window (the old breaker left 知 alone there). */
    static final int AT_1920 = 26;
    /** Title characters a line holds in the reader at a 1024 px window: 594 px of text, 25.2 px a title character at 18 px. */
    static final int AT_1024 = 23;
    /** A narrow page or a large font. */
    static final int NARROW = 14;

    private static List<String> balanced(String title, int chars) {
        return texts(title, TITLES.lines(title, chars * 10, TextStyle.BODY, 10, M));
    }

    private static List<String> filled(String title, int chars) {
        return texts(title, LineBreaker.lines(title, chars * 10, chars * 10, TextStyle.BODY, 10, M));
    }

    private static List<String> texts(String text, List<int[]> ranges) {
        List<String> out = new ArrayList<>();
        for (int[] r : ranges) {
            out.add(text.substring(r[0], r[1]));
        }
        return out;
    }

    @Test
    void theInstituteTitleNoLongerLeavesOneCharacterAloneAt1920() {
        assertThat(filled(INSTITUTE, AT_1920)).containsExactly("吕梁市人民政府关于成立山西大学吕梁科学技术研究院的通", "知");
        assertThat(balanced(INSTITUTE, AT_1920)).containsExactly("吕梁市人民政府关于成立山西", "大学吕梁科学技术研究院的通知");
    }

    @Test
    void theInstituteTitleAt1024() {
        assertThat(filled(INSTITUTE, AT_1024)).containsExactly("吕梁市人民政府关于成立山西大学吕梁科学技术研究", "院的通知");
        assertThat(balanced(INSTITUTE, AT_1024)).containsExactly("吕梁市人民政府关于成立山西", "大学吕梁科学技术研究院的通知");
    }

    /** Each title, at a width of {@code chars} title characters, breaks into exactly these lines. */
    @ParameterizedTest(name = "{0}: {1} at {2}")
    @MethodSource("balancedTitles")
    void titlesBreakBetweenWords(String rule, String title, int chars, List<String> expected) {
        assertThat(balanced(title, chars)).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> balancedTitles() {
        return Stream.of(
                Arguments.of("a short title stays on one line", "国务院任免国家工作人员", NARROW, List.of("国务院任免国家工作人员")),
                Arguments.of("book title marks stay with their words", "吕梁市科学技术局关于印发《吕梁市中试基地认定管理办法（试行）》的通知",
                        AT_1920, List.of("吕梁市科学技术局关于印发《吕梁市", "中试基地认定管理办法（试行）》的通知")),
                Arguments.of("quotes stay with their words", "吕梁市人民政府关于印发吕梁市“十四五”知识产权保护和运用规划的通知",
                        AT_1920, List.of("吕梁市人民政府关于印发吕梁市", "“十四五”知识产权保护和运用规划的通知")),
                // Three lines on a narrow page: 十四五 is one word, the quotes never part from it.
                Arguments.of("quotes stay with their words on three lines", "吕梁市人民政府关于印发吕梁市妇女发展“十四五”规划和儿童发展“十四五”规划的通知",
                        NARROW, List.of("吕梁市人民政府关于印发吕梁市", "妇女发展“十四五”规划和", "儿童发展“十四五”规划的通知")),
                Arguments.of("numbers stay whole", "吕梁市人民政府关于公布吕梁市35处市级文物保护单位保护范围和建设控制地带的通知",
                        AT_1920, List.of("吕梁市人民政府关于公布吕梁市35处市级", "文物保护单位保护范围和建设控制地带的通知")),
                Arguments.of("a year stays whole", "清河县人民政府关于做好2024年防汛工作的通知",
                        NARROW, List.of("清河县人民政府关于做好", "2024年防汛工作的通知")),
                Arguments.of("a year range stays whole", "吕梁市人民政府关于对吕梁市中心城区便民经营点专项规划（2022—2026年）的批复",
                        AT_1920, List.of("吕梁市人民政府关于对吕梁市中心城区便民", "经营点专项规划（2022—2026年）的批复")),
                Arguments.of("joint issuers break between words", "浙江省财政厅浙江省发展和改革委员会关于规范行政事业性收费管理的通知",
                        AT_1920, List.of("浙江省财政厅浙江省发展和改革委员会", "关于规范行政事业性收费管理的通知")),
                Arguments.of("joint issuers break between words before a book title", "清河县财政局清河县教育局关于印发《清河县学生资助资金管理办法》的通知",
                        AT_1920, List.of("清河县财政局清河县教育局关于印发", "《清河县学生资助资金管理办法》的通知")),
                Arguments.of("a word longer than a line breaks by characters", "中华人民共和国国务院令第260号",
                        5, List.of("中华", "人民共和国", "国务院令第", "260号")));
    }

    @Test
    void latinWordsStayWhole() {
        String title = "吕梁市人民政府办公室关于推进5G网络和IPv6规模部署的通知";
        List<String> lines = balanced(title, 16);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("IPv6")).anySatisfy(l -> assertThat(l).contains("5G"));
    }

    /** Every title of the sample at every width from 6 to 40 characters. */
    @Test
    void everySampleTitleAtEveryWidth() {
        for (Notice n : Samples.sampleNotices()) {
            String title = n.title();
            for (int chars = 6; chars <= 40; chars++) {
                List<String> lines = balanced(title, chars);
                assertThat(String.join("", lines)).isEqualTo(title);
                if (chars >= 12) {
                    // Keeping words whole costs at most one line more than filling at any width a reader uses.
                    assertThat(lines.size()).as("%s at %d", title, chars).isLessThanOrEqualTo(filled(title, chars).size() + 1);
                }
                String last = lines.get(lines.size() - 1);
                assertThat(last.replaceAll("[\\p{P}\\s]", "")).as("%s at %d", title, chars).hasSizeGreaterThan(1);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    assertThat(M.width(l, TextStyle.BODY, 10)).as("%s at %d", l, chars).isLessThanOrEqualTo(chars * 10);
                    if (i > 0) {
                        assertThat(LineBreaker.isClosing(l.charAt(0))).as(l).isFalse();
                        assertThat(LineBreaker.isOpening(lines.get(i - 1).charAt(lines.get(i - 1).length() - 1))).isFalse();
                    }
                }
                double longest = lines.stream().mapToDouble(l -> M.width(l, TextStyle.BODY, 10)).max().orElseThrow();
                if (lines.size() == filled(title, chars).size()) {
                    double filledLongest = filled(title, chars).stream().mapToDouble(l -> M.width(l, TextStyle.BODY, 10))
                            .max().orElseThrow();
                    assertThat(longest).isLessThanOrEqualTo(filledLongest);
                }
            }
        }
    }

    @Test
    void textTooLongForATitleIsFilledQuickly() {
        // A damaged source can make a whole page an attachment title: it is filled, not balanced, and fast.
        String page = "根据《中华人民共和国文物保护法》规定，现将我市市级文物保护单位建设控制地带予以公布。".repeat(100);
        long t0 = System.nanoTime();
        List<String> lines = balanced(page, 20);
        assertThat(System.nanoTime() - t0).isLessThan(2_000_000_000L);
        assertThat(lines).isEqualTo(filled(page, 20));
    }

    @Test
    void characterBreaksWhenNoSegmenterIsGiven() {
        TitleBreaker plain = new TitleBreaker(WordBreaks.CHARACTERS);
        assertThat(texts(INSTITUTE, plain.lines(INSTITUTE, AT_1920 * 10, TextStyle.BODY, 10, M)))
                .containsExactly("吕梁市人民政府关于成立山西", "大学吕梁科学技术研究院的通知");
    }
}
