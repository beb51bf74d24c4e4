// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.AttachmentTree;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.LibraryNotice;

/**
 * A notice's row in the library tree with what can be opened inside it: its headings nested by
 * level, a law's articles under the heading before them (第一章 › 第一节 › 第一条), and its
 * attachments nested by label (附件4 › 附件4-1), each with the attachment's own headings.
 */
final class NoticeItems {
    /** Headings deeper than this are body text for the tree (一、 and （一） in a notice). */
    private static final int NOTICE_LEVELS = 2;
    /** A law's 编 › 章 › 节 take three levels. */
    private static final int LAW_LEVELS = 3;

    private NoticeItems() {
    }

    static TreeItem<TreeNode> notice(LibraryNotice ln) {
        var n = ln.notice();
        TreeItem<TreeNode> item = new CheckBoxTreeItem<>(new TreeNode(TreeNode.Kind.NOTICE, n.title(), ln.issueId(), ln,
                Anchor.START));
        addHeadings(item, ln, 0, n.blocks());
        addAttachments(item, ln, AttachmentTree.of(n.attachments()));
        return item;
    }

    private static void addAttachments(TreeItem<TreeNode> parent, LibraryNotice ln, List<AttachmentTree> nodes) {
        for (AttachmentTree t : nodes) {
            Attachment a = t.attachment();
            String label = label(a);
            if (label == null) {
                continue;
            }
            TreeItem<TreeNode> att = new TreeItem<>(new TreeNode(TreeNode.Kind.HEADING, label, ln.issueId(), ln,
                    new Anchor(t.part(), a.title() != null ? Anchor.ATTACHMENT_TITLE : Anchor.ATTACHMENT_LABEL, 0)));
            addHeadings(att, ln, t.part(), a.blocks());
            addAttachments(att, ln, t.children());
            parent.getChildren().add(att);
        }
    }

    /** 附件4-1 and its title; the title alone under a bare 附件; the label alone without a title. */
    private static String label(Attachment a) {
        if (a.title() == null) {
            return a.label();
        }
        return a.numbers().isEmpty() ? a.title() : a.label() + "　" + a.title();
    }

    private static void addHeadings(TreeItem<TreeNode> parent, LibraryNotice ln, int part, List<Block> blocks) {
        boolean law = blocks.stream().anyMatch(b -> b.type() == BlockType.ARTICLE);
        int levels = law ? LAW_LEVELS : NOTICE_LEVELS;
        // The open headings, deepest last: a heading goes under the nearest one of a higher level.
        Deque<TreeItem<TreeNode>> open = new ArrayDeque<>();
        Deque<Integer> openLevels = new ArrayDeque<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Anchor at = new Anchor(part, i, 0);
            if (b.type() == BlockType.ARTICLE && b.number() != null) {
                TreeItem<TreeNode> article = new TreeItem<>(new TreeNode(TreeNode.Kind.ARTICLE, b.number(), ln.issueId(), ln, at));
                (open.isEmpty() ? parent : open.peekLast()).getChildren().add(article);
                continue;
            }
            if (b.type() != BlockType.HEADING || b.level() == null || b.level() > levels) {
                continue;
            }
            while (!openLevels.isEmpty() && openLevels.peekLast() >= b.level()) {
                open.removeLast();
                openLevels.removeLast();
            }
            TreeItem<TreeNode> h = new TreeItem<>(new TreeNode(TreeNode.Kind.HEADING, b.text(), ln.issueId(), ln, at));
            (open.isEmpty() ? parent : open.peekLast()).getChildren().add(h);
            open.addLast(h);
            openLevels.addLast(b.level());
        }
    }
}
