// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.importing;

import java.util.ArrayList;
import java.util.List;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.Notice;

/**
 * Measures paragraph repair: how many paragraphs end without closing punctuation while the next
 * paragraph of the same notice goes on with the sentence, before repair (source lines) and after
 * (the parsed blocks). Independent of the joiner's own rule: "goes on" only means the next
 * paragraph is plain text that does not open a heading, article, list item, date or note.
 */
public final class RepairReport {
    /** One open paragraph left after repair: its end and the start of the paragraph after it. */
    public record Open(int notice, String end, String next) {
    }

    public record Counts(int before, int after, List<Open> remaining) {
    }

    private RepairReport() {
    }

    public static Counts measure(ParseResult result) {
        int before = 0;
        for (int[] span : result.spans()) {
            String prev = null;
            for (int i = span[0]; i < span[1]; i++) {
                String t = result.lines().get(i).text().strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (prev != null && isOpenPair(prev, t)) {
                    before++;
                }
                prev = t;
            }
        }
        List<Open> remaining = new ArrayList<>();
        for (Notice n : result.issue().notices()) {
            collect(n.seq(), n.blocks(), remaining);
            for (Attachment a : n.attachments()) {
                collect(n.seq(), a.blocks(), remaining);
            }
        }
        return new Counts(before, remaining.size(), remaining);
    }

    private static void collect(int seq, List<Block> blocks, List<Open> out) {
        for (int i = 1; i < blocks.size(); i++) {
            Block a = blocks.get(i - 1);
            Block b = blocks.get(i);
            if (isText(a) && b.type() == BlockType.PARAGRAPH && isOpenPair(a.text(), b.text())) {
                out.add(new Open(seq, tail(a.text()), head(b.text())));
            }
        }
    }

    private static boolean isText(Block b) {
        return b.type() == BlockType.PARAGRAPH || b.type() == BlockType.LIST_ITEM || b.type() == BlockType.ARTICLE;
    }

    static boolean isOpenPair(String a, String b) {
        if (Patterns.endsSentence(a) || a.length() <= 20 || Patterns.startsStructure(b) || ChineseDates.isDateLine(b)
                || Patterns.isNote(b) || Patterns.docNumberLine(b).isPresent() || Patterns.isKeyValue(b)) {
            return false;
        }
        char c = b.charAt(0);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isDigit(c) || c == '“' || c == '《';
    }

    private static String tail(String s) {
        return s.length() <= 12 ? s : s.substring(s.length() - 12);
    }

    private static String head(String s) {
        return s.length() <= 12 ? s : s.substring(0, 12);
    }
}
