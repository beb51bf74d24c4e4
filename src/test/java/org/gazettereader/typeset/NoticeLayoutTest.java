// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gazettereader.importing.Samples;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;

/** Notices laid out through the typesetter: balanced titles, and attachment lists with a hanging indent. */
class NoticeLayoutTest {
    private static final TextMeasurer M = new MonospaceMeasurer();
    private static final List<Notice> NOTICES = Samples.sampleNotices();

    private static Notice titled(String words) {
        return NOTICES.stream().filter(n -> n.title().contains(words)).findFirst().orElseThrow();
    }

    private static List<Line> lines(Notice n, PageGeometry g, double size) {
        return new Typesetter(M).paginate(NoticeLayout.paragraphs(n), g, size).stream()
                .flatMap(p -> p.lines().stream()).toList();
    }

    @Test
    void theTitleIsBalancedAndCentredOnThePage() {
        // 26 title characters a line: 18 px text at 1.4 for the title in a page 700 px wide.
        PageGeometry g = new PageGeometry(700 + 2 * 24, 900, 24, 24, 24, 24);
        double size = 700 / 26.0 / 1.4;
        List<Line> title = lines(titled("研究院"), g, size).stream().filter(l -> l.style() == TextStyle.TITLE).toList();
        assertThat(title).extracting(Line::text).containsExactly("吕梁市人民政府关于成立山西", "大学吕梁科学技术研究院的通知");
        for (Line l : title) {
            assertThat(l.x() + l.width() / 2).isCloseTo(g.textWidth() / 2, within(0.5));
        }
    }

    @Test
    void attachmentTitlesAreBalancedToo() {
        Notice n = titled("妇女发展");
        List<Line> at = lines(n, new PageGeometry(300, 2000, 0, 0, 0, 0), 10).stream()
                .filter(l -> l.style() == TextStyle.ATTACHMENT_TITLE).toList();
        assertThat(at).isNotEmpty();
        for (Attachment a : n.attachments()) {
            assertThat(a.title()).isNotBlank();
        }
        // No attachment title ends on a line of one character.
        for (int i = 0; i < at.size(); i++) {
            boolean last = i + 1 == at.size() || at.get(i + 1).block() != at.get(i).block() || at.get(i + 1).part() != at.get(i).part();
            if (last && at.get(i).start() > 0) {
                assertThat(at.get(i).text().replaceAll("[\\p{P}\\s]", "")).hasSizeGreaterThan(1);
            }
        }
    }

    @Test
    void attachmentListItemsHangUnderTheFirstItem() {
        Notice n = titled("保护范围和建设控制地带");
        double size = 10;
        double em = size;
        List<Line> ls = lines(n, new PageGeometry(200, 4000, 0, 0, 0, 0), size);
        Line first = ls.stream().filter(l -> l.text().startsWith("附件：1.")).findFirst().orElseThrow();
        Line second = ls.stream().filter(l -> l.text().startsWith("2.")).findFirst().orElseThrow();
        double indent = 2 * em;
        assertThat(first.x()).isEqualTo(indent);
        // 2. stands under 1., i.e. after the width of 附件：.
        assertThat(second.x()).isCloseTo(indent + M.width("附件：", TextStyle.BODY, size), within(1e-6));
        // Wrapped lines of either item start under the item's text, after 附件：1. / 附件：2.
        List<Line> wrapped = ls.stream().filter(l -> l.part() == 0 && (l.block() == first.block() || l.block() == second.block())
                && l.start() > 0)
                .toList();
        assertThat(wrapped).isNotEmpty();
        assertThat(wrapped).allSatisfy(l -> assertThat(l.x()).isCloseTo(indent + M.width("附件：1.", TextStyle.BODY, size), within(1e-6)));
        // The paragraph before the list and the signature after it are laid out as before.
        Line signature = ls.stream().filter(l -> l.text().equals("吕梁市人民政府")).reduce((a, b) -> b).orElseThrow();
        assertThat(signature.x()).isGreaterThan(second.x());
    }

    @Test
    void fullWidthNumbersOfAnotherGazetteHangToo() {
        Notice n = new Notice(1, "zj", null, "浙江省人民政府关于印发浙江省推进新型工业化实施方案的通知", null, "通知", "浙江省人民政府",
                "各市、县（市、区）人民政府，省政府直属各单位", null, null, true, null, List.of(
                        new Block(BlockType.PARAGRAPH, null, null, "现将《浙江省推进新型工业化实施方案》印发给你们，请结合实际认真贯彻落实。", null, null),
                        new Block(BlockType.PARAGRAPH, null, null, "附件：1．浙江省推进新型工业化重点任务清单", null, null),
                        new Block(BlockType.LIST_ITEM, null, null, "2．浙江省新型工业化重点项目表", null, null),
                        new Block(BlockType.SIGNATURE, null, null, "浙江省人民政府", null, null)), List.of());
        List<Paragraph> ps = NoticeLayout.paragraphs(n);
        // Title, recipients, the paragraph, the two items, the signature.
        assertThat(ps).extracting(Paragraph::hanging).containsExactly(null, null, null,
                new Hanging("", "附件：1．"), new Hanging("附件：", "附件：2．"), null);
    }
}
