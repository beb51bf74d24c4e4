// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.typeset;

import org.gazettereader.model.Anchor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.Notice;

/**
 * A notice as paragraphs in official-document style: title centred, 文号 centred below it,
 * recipients flush left, body paragraphs with a two-character first-line indent, headings by
 * level, signature and date right-aligned, then each attachment with its label and centred title.
 */
public final class NoticeLayout {
    /** The first item of an attachment list: 附件：1．… (group 1 the label, group 2 the number). */
    private static final Pattern LIST_START = Pattern.compile("^(附件[：:]\\s*)(\\d+\\s*[.．、]\\s*)");
    /** A further item: 2．… */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\d+\\s*[.．、]\\s*");

    private NoticeLayout() {
    }

    public static List<Paragraph> paragraphs(Notice n) {
        List<Paragraph> out = new ArrayList<>();
        out.add(new Paragraph(0, Anchor.TITLE, n.title(), TextStyle.TITLE, Align.CENTER, false, 0, null, null).keepTogetherWithNext());
        if (n.docNumber() != null) {
            out.add(new Paragraph(0, Anchor.DOC_NUMBER, n.docNumber(), TextStyle.DOC_NUMBER, Align.CENTER, false, 0.5, null, null));
        }
        if (n.recipients() != null) {
            out.add(new Paragraph(0, Anchor.RECIPIENTS, n.recipients() + "：", TextStyle.BODY, Align.LEFT, false, 1, null, null));
        }
        blocks(out, 0, n.blocks());
        int part = 1;
        for (Attachment a : n.attachments()) {
            boolean first = true;
            if (a.label() != null) {
                out.add(new Paragraph(part, Anchor.ATTACHMENT_LABEL, a.label(), TextStyle.ATTACHMENT_LABEL, Align.LEFT, false, 3, null, null)
                        .keptWithNext());
                first = false;
            }
            if (a.title() != null) {
                out.add(new Paragraph(part, Anchor.ATTACHMENT_TITLE, a.title(), TextStyle.ATTACHMENT_TITLE, Align.CENTER, false,
                        first ? 3 : 1, null, null).keepTogetherWithNext());
            }
            blocks(out, part, a.blocks());
            part++;
        }
        return out;
    }

    /** The paragraphs for print (GB/T 9704): as on screen, but each attachment starts a new page. */
    public static List<Paragraph> print(Notice n) {
        List<Paragraph> out = new ArrayList<>(paragraphs(n));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).part() > out.get(i - 1).part()) {
                out.set(i, out.get(i).startingAPage());
            }
        }
        return out;
    }

    private static void blocks(List<Paragraph> out, int part, List<Block> blocks) {
        boolean signed = false;
        String listLabel = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Paragraph p = switch (b.type()) {
                case HEADING -> new Paragraph(part, i, b.text(), TextStyle.heading(b.level() == null ? 1 : b.level()),
                        Align.LEFT, true, b.level() != null && b.level() == 1 ? 0.5 : 0.2, null, b.page()).keptWithNext();
                case SIGNATURE -> new Paragraph(part, i, b.text(), TextStyle.BODY, Align.RIGHT, false, signed ? 0 : 1.5,
                        null, b.page()).keptWithNext();
                case DATE -> new Paragraph(part, i, b.text(), TextStyle.BODY, Align.RIGHT, false, 0, null, b.page());
                case TABLE -> new Paragraph(part, i, b.text(), TextStyle.TABLE_VALUE, Align.LEFT, false, 0.3, b.rows(),
                        b.page());
                default -> new Paragraph(part, i, b.text(), TextStyle.BODY, Align.LEFT, true, 0, null, b.page());
            };
            signed |= b.type() == org.gazettereader.model.BlockType.SIGNATURE;
            Matcher start = LIST_START.matcher(b.text());
            Matcher item = LIST_ITEM.matcher(b.text());
            if (p.indent() && p.style() == TextStyle.BODY && start.find()) {
                // 附件：1．… : its further lines, and the items below it, line up under the name of item 1.
                listLabel = start.group(1);
                p = p.withHanging(new Hanging("", start.group(1) + start.group(2)));
            } else if (listLabel != null && p.indent() && p.style() == TextStyle.BODY && item.find()) {
                p = p.withHanging(new Hanging(listLabel, listLabel + item.group()));
            } else {
                listLabel = null;
            }
            out.add(p);
        }
    }

    /** The page that shows {@code anchor}, or the first page after it when it falls between lines; 0-based. */
    public static int pageOf(List<Page> pages, Anchor anchor) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(anchor)) {
                return i;
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).lines().isEmpty() && pages.get(i).lines().get(pages.get(i).lines().size() - 1)
                    .anchor().compareTo(anchor) >= 0) {
                return i;
            }
        }
        return Math.max(0, pages.size() - 1);
    }
}
