// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.gazettereader.config.Messages;
import org.gazettereader.model.Anchor;
import org.gazettereader.model.Attachment;
import org.gazettereader.model.Block;
import org.gazettereader.model.BlockType;
import org.gazettereader.model.IssueSummary;
import org.gazettereader.model.LibraryNotice;
import org.gazettereader.model.Notice;
import org.junit.jupiter.api.Test;

/**
 * The 单篇文件 branch of the library tree from documents that lack what others have: no issuer, no
 * date, headings before any article, an attachment whose parent is missing. Rows never say "null".
 */
class DocumentShelfTest {
    private static Notice notice(String id, String title, String issuer, LocalDate signed, List<Block> blocks,
                                 List<Attachment> attachments) {
        return new Notice(1, id, null, title, null, null, issuer, null, signed, null, null, null, blocks, attachments);
    }

    private static LibraryNotice document(long issueId, Notice n) {
        return new LibraryNotice(issueId, null, null, null, n, true);
    }

    private static IssueSummary summary(long id, String title) {
        return new IssueSummary(id, null, null, null, null, null, 1, "f.txt", "x", true, title);
    }

    private static List<String> labels(List<TreeItem<TreeNode>> items) {
        return items.stream().map(i -> i.getValue().label()).toList();
    }

    private static List<String> all(TreeItem<TreeNode> item) {
        List<String> out = new ArrayList<>(List.of(item.getValue().label()));
        item.getChildren().forEach(c -> out.addAll(all(c)));
        return out;
    }

    @Test
    void documentsWithoutIssuerOrDateStandUnderUnknownRows() {
        Notice regulation = notice("r", "某市公共阅览办法", "某市人民政府", LocalDate.of(2020, 3, 1), List.of(
                Block.article("第一条", "第一条　为了……", null),
                Block.heading(1, "第一编 总则", null),
                Block.heading(2, "第一章 一般规定", null),
                Block.heading(3, "第一节 范围", null),
                Block.article("第二条", "第二条　本办法……", null),
                Block.heading(2, "第二章 附则", null),
                Block.article("第三条", "第三条　自公布之日起施行。", null)), List.of());
        Notice bare = notice("b", "无名通知", null, null, List.of(Block.of(BlockType.PARAGRAPH, "正文", null)),
                List.of(new Attachment("附件9-1", "表一", List.of()), new Attachment("附件10", null, List.of())));
        Map<Long, List<LibraryNotice>> byId = Map.of(1L, List.of(document(1, regulation)), 2L, List.of(document(2, bare)));
        DocumentShelf shelf = new DocumentShelf(new Messages(Locale.SIMPLIFIED_CHINESE), new SameThreadBackground(), byId::get);

        TreeItem<TreeNode> root = shelf.item(List.of(summary(1, regulation.title()), summary(2, bare.title())));

        assertThat(root.getValue().label()).isEqualTo("单篇文件（2 篇）");
        assertThat(root.getValue().kind()).isEqualTo(TreeNode.Kind.DOCUMENTS);
        assertThat(labels(root.getChildren())).containsExactly("发文机关不详（1 篇）", "某市人民政府（1 篇）");
        TreeItem<TreeNode> unknownYear = root.getChildren().get(0).getChildren().get(0);
        assertThat(unknownYear.getValue().label()).isEqualTo("年份不详（1 篇）");
        TreeItem<TreeNode> noticeRow = unknownYear.getChildren().get(0);
        // 附件9-1 without a 附件9 stands at the top; 附件10 has a label and no title.
        assertThat(labels(noticeRow.getChildren())).containsExactly("附件9-1　表一", "附件10");
        assertThat(noticeRow.getChildren().get(1).getValue().anchor()).isEqualTo(new Anchor(2, Anchor.ATTACHMENT_LABEL, 0));

        TreeItem<TreeNode> law = root.getChildren().get(1).getChildren().get(0).getChildren().get(0);
        assertThat(root.getChildren().get(1).getChildren().get(0).getValue().label()).isEqualTo("2020年（1 篇）");
        // An article before any heading stands under the document; 编 › 章 › 节 › 条 nest.
        assertThat(labels(law.getChildren())).containsExactly("第一条", "第一编 总则");
        TreeItem<TreeNode> book = law.getChildren().get(1);
        assertThat(labels(book.getChildren())).containsExactly("第一章 一般规定", "第二章 附则");
        assertThat(labels(book.getChildren().get(0).getChildren())).containsExactly("第一节 范围");
        TreeItem<TreeNode> article = book.getChildren().get(0).getChildren().get(0).getChildren().get(0);
        assertThat(article.getValue().label()).isEqualTo("第二条");
        assertThat(article.getValue().kind()).isEqualTo(TreeNode.Kind.ARTICLE);
        assertThat(article.getValue().anchor()).isEqualTo(new Anchor(0, 4, 0));
        assertThat(labels(book.getChildren().get(1).getChildren())).containsExactly("第三条");
        assertThat(all(root)).noneMatch(l -> l.contains("null"));
    }

    @Test
    void aDocumentThatCannotBeReadSaysSo() {
        DocumentShelf shelf = new DocumentShelf(new Messages(Locale.SIMPLIFIED_CHINESE), new SameThreadBackground(), id -> {
            throw new IllegalStateException("磁盘错误");
        });
        TreeItem<TreeNode> root = shelf.item(List.of(summary(1, "某通知")));
        assertThat(labels(root.getChildren())).containsExactly("无法载入：磁盘错误");
    }
}
