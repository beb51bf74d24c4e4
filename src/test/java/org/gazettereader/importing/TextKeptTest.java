// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;

/** Every Chinese character of a notice's source reaches the output in order, but what a named pass removed. */
class TextKeptTest {
    /** Passes whose log entries name text that is gone (or moved) from its line on purpose. */
    private static final Set<String> REMOVING = Set.of(MarkdownArtifactsPass.NAME, QrLabelPass.NAME, PageFooterPass.NAME,
            GazetteParser.BACK_COVER, NoticeParser.CONSULT_PASS, NoticeParser.DISPLACED_PASS);

    @Test
    void everyCharacterOfEveryNoticeIsKeptInOrder() throws Exception {
        Path file = Path.of("lvliang-gazette-2023-01.txt");
        List<SourceLine> raw = new TextSourceReader().read(file, Samples.bytes(Samples.SAMPLE));
        ParseResult result = Samples.parseSample();
        assertThat(result.spans()).hasSize(15);
        for (int k = 0; k < result.spans().size(); k++) {
            int[] span = result.spans().get(k);
            StringBuilder source = new StringBuilder();
            for (int i = span[0]; i < span[1]; i++) {
                String han = TextNormalizer.hanOnly(raw.get(i).text());
                for (RepairLog.Entry e : result.repairs().entries()) {
                    if (e.line() == i && REMOVING.contains(e.pass())) {
                        han = removeOnce(han, TextNormalizer.hanOnly(e.detail()));
                    }
                }
                source.append(han);
            }
            String output = TextNormalizer.hanOnly(outputText(result.issue().notices().get(k)));
            assertThat(isSubsequence(source.toString(), output))
                    .as("notice %d: source characters kept in order (source %d, output %d chars)", k + 1,
                            source.length(), output.length())
                    .isTrue();
            // Nothing but the repaired 和 and the moved fragment is added.
            assertThat(output.length() - source.length()).as("notice %d added characters", k + 1).isBetween(0, 20);
        }
    }

    @Test
    void passesListWhatTheyRemoved() {
        RepairLog log = Samples.parseSample().repairs();
        assertThat(log.entries(QrLabelPass.NAME)).extracting(RepairLog.Entry::detail)
                .contains("扫码咨询", "政策解读").allMatch(QrLabelPass::isLabelLine);
        assertThat(log.entries(EnglishWordPass.NAME)).hasSize(6);
        assertThat(log.entries(GazetteParser.BACK_COVER)).extracting(RepairLog.Entry::detail)
                .containsExactly("传达政令 公开信息 指导工作 服务社会");
        assertThat(log.entries(NoticeParser.DISPLACED_PASS)).extracting(RepairLog.Entry::detail)
                .containsExactly("用和监督管理工作。");
    }

    @Test
    void brokenParagraphsAreRejoined() {
        RepairReport.Counts counts = RepairReport.measure(Samples.parseSample());
        assertThat(counts.before()).isGreaterThan(50);
        assertThat(counts.remaining()).isEmpty();
    }

    static String outputText(Notice n) {
        StringBuilder b = new StringBuilder(n.title()).append(n.docNumber() == null ? "" : n.docNumber())
                .append(n.recipients() == null ? "" : n.recipients());
        n.blocks().stream().map(Block::text).forEach(b::append);
        for (Attachment a : n.attachments()) {
            b.append(a.label() == null ? "" : a.label()).append(a.title() == null ? "" : a.title());
            a.blocks().stream().map(Block::text).forEach(b::append);
        }
        if (n.consult() != null) {
            b.append(n.consult().unit() == null ? "" : n.consult().unit())
                    .append(n.consult().phone() == null ? "" : n.consult().phone());
        }
        return b.toString();
    }

    private static String removeOnce(String han, String removed) {
        if (removed.isEmpty()) {
            return han;
        }
        int at = han.indexOf(removed);
        return at < 0 ? han : han.substring(0, at) + han.substring(at + removed.length());
    }

    static boolean isSubsequence(String needle, String hay) {
        int j = 0;
        for (int i = 0; i < hay.length() && j < needle.length(); i++) {
            if (hay.charAt(i) == needle.charAt(j)) {
                j++;
            }
        }
        return j == needle.length();
    }
}
