// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;

class TypesetterTest {
    private static final TextMeasurer M = new MonospaceMeasurer();
    private static final List<Notice> NOTICES = Samples.sampleNotices();

    private static List<String> lines(String text, double chars) {
        List<String> out = new ArrayList<>();
        for (int[] r : LineBreaker.lines(text, chars * 10, chars * 10, TextStyle.BODY, 10, M)) {
            out.add(text.substring(r[0], r[1]));
        }
        return out;
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // 10 characters a line; the 11th is "，" and hangs.
        assertThat(lines("一二三四五六七八九十，十一十二", 10)).containsExactly("一二三四五六七八九十，", "十一十二");
        // Two closing marks beyond the hang allowance: a character moves down with them.
        assertThat(lines("一二三四五六七八九十。”》甲乙", 10)).allSatisfy(l -> assertThat(LineBreaker.isClosing(l.charAt(0))).isFalse());
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        List<String> ls = lines("一二三四五六七八九《十一》十二", 10);
        assertThat(ls.get(0)).isEqualTo("一二三四五六七八九");
        assertThat(ls.get(1)).startsWith("《");
    }

    @Test
    void latinWordsAndNumbersAreNotSplit() {
        List<String> ls = lines("一二三四五六七八12.5%以内", 10);
        assertThat(ls).containsExactly("一二三四五六七八", "12.5%以内");
        assertThat(lines("一二三四五六七八Gazette Reader Windows", 10)).containsExactly("一二三四五六七八", "Gazette Reader ", "Windows");
    }

    @Test
    void firstLineIsIndentedTwoCharacters() {
        List<Page> pages = new Typesetter(M).paginate(List.of(new Paragraph(0, 0, "一".repeat(30), TextStyle.BODY,
                Align.LEFT, true, 0, null, null)), new PageGeometry(140, 400, 10, 10, 10, 10), 10);
        List<Line> lines = pages.get(0).lines();
        assertThat(lines.get(0).x()).isEqualTo(20);
        assertThat(lines.get(0).text()).hasSize(10);
        assertThat(lines.get(1).x()).isZero();
        assertThat(lines.get(1).text()).hasSize(12);
    }

    @Test
    void officialHeadIsCentredAndSignatureRightAligned() {
        Notice n = NOTICES.get(4);
        List<Page> pages = new Typesetter(M).paginate(NoticeLayout.paragraphs(n), PageGeometry.screen(1024, 768), 18);
        Line title = pages.get(0).lines().get(0);
        double tw = PageGeometry.screen(1024, 768).textWidth();
        assertThat(title.x() + title.width() / 2).isCloseTo(tw / 2, org.assertj.core.data.Offset.offset(1.0));
        Line doc = pages.get(0).lines().stream().filter(l -> l.block() == -2).findFirst().orElseThrow();
        assertThat(doc.text()).isEqualTo("吕政函〔2023〕3号");
        assertThat(doc.x() + doc.width() / 2).isCloseTo(tw / 2, org.assertj.core.data.Offset.offset(1.0));
        Line date = pages.stream().flatMap(p -> p.lines().stream()).filter(l -> l.text().equals("2023年1月19日"))
                .findFirst().orElseThrow();
        assertThat(date.x() + date.width()).isGreaterThan(tw * 0.8);
    }

    /** Every notice of the sample, at every size: the pages' text is the notice's text, nothing lost or doubled. */
    @Test
    void noCharacterLostOrDuplicatedAcrossPages() {
        for (Notice n : NOTICES) {
            List<Paragraph> paragraphs = NoticeLayout.paragraphs(n);
            for (double size : new double[] {12, 18, 40}) {
                List<Page> pages = new Typesetter(M).paginate(paragraphs, PageGeometry.screen(800, 600), size);
                Map<String, StringBuilder> got = new HashMap<>();
                int[] last = {-1};
                for (Page p : pages) {
                    for (Line l : p.lines()) {
                        got.computeIfAbsent(l.part() + "/" + l.block(), k -> new StringBuilder()).append(l.text());
                    }
                }
                for (Paragraph p : paragraphs) {
                    String expected = p.isTable() ? p.text().replace("\t", "").replace("\n", "") : p.text();
                    assertThat(got.get(p.part() + "/" + p.block()).toString()).as("notice %d block %d/%d at %s px",
                            n.seq(), p.part(), p.block(), size).isEqualTo(expected);
                }
                assertThat(pages).extracting(Page::number).doesNotHaveDuplicates();
                last[0] = pages.size();
            }
        }
    }

    @Test
    void noLineStartsWithClosingPunctuationInTheSample() {
        for (Notice n : NOTICES) {
            for (Page p : new Typesetter(M).paginate(NoticeLayout.paragraphs(n), PageGeometry.screen(1024, 768), 18)) {
                for (Line l : p.lines()) {
                    if (!l.text().isEmpty() && l.start() > 0) {
                        assertThat(LineBreaker.isClosing(l.text().charAt(0))).as(l.text()).isFalse();
                    }
                    if (!l.text().isEmpty() && l.style() != TextStyle.TABLE_KEY) {
                        assertThat(l.end() == l.start() || !LineBreaker.isOpening(l.text().charAt(l.text().length() - 1))
                                || l.end() == NoticeLayout.paragraphs(n).stream().filter(q -> q.part() == l.part()
                                && q.block() == l.block()).findFirst().orElseThrow().text().length())
                                .as(l.text()).isTrue();
                    }
                }
            }
        }
    }

    /** An anchor (any character of the longest notice) is on the page pageOf() names, for sizes 12–40 and pages 800×600 to 1920×1080. */
    @Test
    void anchorsStayOnTheirPageAcrossSizesAndGeometries() {
        Notice longest = NOTICES.get(0);
        List<Paragraph> paragraphs = NoticeLayout.paragraphs(longest);
        Random r = new Random(5);
        double[][] geometries = {{800, 600}, {1024, 768}, {1280, 800}, {1920, 1080}};
        for (double[] g : geometries) {
            for (double size = 12; size <= 40; size += 4) {
                List<Page> pages = new Typesetter(M).paginate(paragraphs, PageGeometry.screen(g[0], g[1]), size);
                for (int k = 0; k < 200; k++) {
                    Paragraph p = paragraphs.get(r.nextInt(paragraphs.size()));
                    int len = p.text().length();
                    Anchor a = new Anchor(p.part(), p.block(), len == 0 ? 0 : r.nextInt(len));
                    int page = NoticeLayout.pageOf(pages, a);
                    assertThat(pages.get(page).contains(a)).as("%s at %s px on %sx%s", a, size, g[0], g[1]).isTrue();
                }
            }
        }
    }

    /** A signature never stands alone at the foot of a page, away from its date. */
    @Test
    void signatureStaysWithItsDate() {
        for (double[] g : new double[][] {{800, 600}, {1024, 768}, {595, 842}}) {
            for (Notice n : NOTICES) {
                List<Paragraph> ps = NoticeLayout.paragraphs(n);
                List<Page> pages = new Typesetter(M).paginate(ps, PageGeometry.screen(g[0], g[1]), 18);
                for (int i = 0; i + 1 < ps.size(); i++) {
                    if (ps.get(i).align() == Align.RIGHT && ps.get(i + 1).align() == Align.RIGHT) {
                        Anchor sig = new Anchor(ps.get(i).part(), ps.get(i).block(), 0);
                        Anchor date = new Anchor(ps.get(i + 1).part(), ps.get(i + 1).block(), 0);
                        assertThat(NoticeLayout.pageOf(pages, sig)).as("notice %d on %sx%s", n.seq(), g[0], g[1])
                                .isEqualTo(NoticeLayout.pageOf(pages, date));
                    }
                }
            }
        }
    }

    @Test
    void aBlockTallerThanAPageContinuesOnTheNext() {
        List<Page> pages = new Typesetter(M).paginate(List.of(new Paragraph(0, 0, "一".repeat(3000), TextStyle.BODY,
                Align.LEFT, true, 0, null, null)), PageGeometry.screen(800, 600), 18);
        assertThat(pages.size()).isGreaterThan(3);
        assertThat(pages.stream().mapToInt(p -> p.lines().size()).sum()).isGreaterThan(60);
        assertThat(pages.get(1).lines().get(0).start()).isEqualTo(pages.get(0).lines().get(pages.get(0).lines().size() - 1).end());
    }

    @Test
    void aLabelTitleAndHeadingAreNeverLeftAtTheFootWithoutTheTextTheyIntroduce() {
        // A page of 10 lines (17.5 px each at 10 px): 7 lines of body, then label, title, heading, text.
        List<Paragraph> ps = List.of(
                new Paragraph(0, 0, "一".repeat(70), TextStyle.BODY, Align.LEFT, false, 0, null, null),
                new Paragraph(1, -2, "附件1", TextStyle.BODY, Align.LEFT, false, 0, null, null).keptWithNext(),
                new Paragraph(1, -1, "标题", TextStyle.BODY, Align.CENTER, false, 0, null, null).keepTogetherWithNext(),
                new Paragraph(1, 0, "一、总则", TextStyle.BODY, Align.LEFT, false, 0, null, null).keptWithNext(),
                new Paragraph(1, 1, "二".repeat(30), TextStyle.BODY, Align.LEFT, false, 0, null, null));
        List<Page> pages = new Typesetter(M).paginate(ps, new PageGeometry(100, 175, 0, 0, 0, 0), 10);
        assertThat(pages.get(0).lines()).allMatch(l -> l.part() == 0);
        assertThat(pages.get(1).lines().get(0).text()).isEqualTo("附件1");
        assertThat(pages.get(1).lines()).extracting(Line::text).contains("标题", "一、总则", "二".repeat(10));
    }

    @Test
    void inPrintEveryAttachmentStartsANewPage() {
        Notice withPlans = NOTICES.get(0);
        assertThat(withPlans.attachments()).hasSizeGreaterThanOrEqualTo(2);
        List<Page> pages = new Typesetter(M).paginate(NoticeLayout.print(withPlans), PageGeometry.screen(700, 900), 16);
        for (int part = 1; part <= withPlans.attachments().size(); part++) {
            int p = part;
            Page first = pages.stream().filter(pg -> pg.lines().stream().anyMatch(l -> l.part() == p)).findFirst().orElseThrow();
            assertThat(first.lines().get(0).part()).as("attachment %d opens its page", part).isEqualTo(part);
        }
        // On screen the attachments follow on.
        assertThat(NoticeLayout.paragraphs(withPlans)).noneMatch(Paragraph::breakBefore);
        assertThat(NoticeLayout.print(withPlans)).filteredOn(Paragraph::breakBefore).hasSize(withPlans.attachments().size());
    }
}
