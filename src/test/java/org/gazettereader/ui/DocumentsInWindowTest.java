// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gazettereader.config.DataHome;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.model.SearchHit;
import org.gazettereader.model.TextMatch;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library holding the sample issue, a law (GBK, 章 › 节 › 条), a 国办发 notice copied from a web page
 * and a joint 红头 with nested attachments: the window files the three documents under 单篇文件 ›
 * issuer › year, shows the law's chapters and articles, opens an article, and nowhere says "null".
 */
class DocumentsInWindowTest extends RunningApp {
    private static final String LAW = "中华人民共和国公共阅览服务法";
    private static final String WEB = "国务院办公厅关于印发城乡社区养老服务提升行动方案的通知";
    private static final String JOINT = "国务院办公厅 中央军委办公厅关于做好退役军人就业安置工作的通知";

    @Override
    void prepare() throws Exception {
        try (Library lib = new Libraries(new DataHome(home)).open(null)) {
            var summary = lib.importPaths(List.of(fixture("law-public-reading-gbk.txt"),
                    fixture("web-notice-guobanfa-2023-27.txt"), fixture("joint-redhead-2022-71.txt")),
                    ImportListener.NONE, () -> false);
            assertThat(lib.issues()).filteredOn(i -> i.document()).as(summary.toString()).hasSize(3);
        }
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(DocumentsInWindowTest.class.getResource("/fixtures/" + name).toURI());
    }

    @Test
    void documentsStandUnderSingleDocumentsByIssuerAndYearWithTheLawsArticles() throws Exception {
        TreeItem<TreeNode> shelf = shelf();
        List<String> top = labels(tree().getRoot().getChildren());
        assertThat(top).hasSize(2);
        assertThat(top.get(0)).startsWith("吕梁市人民政府公报");
        assertThat(top.get(1)).isEqualTo("单篇文件（3 篇）");
        assertThat(labels(shelf.getChildren())).containsExactlyInAnyOrder("全国人民代表大会常务委员会（1 篇）",
                "国务院办公厅（1 篇）", "国务院办公厅、中央军委办公厅（1 篇）");
        TreeItem<TreeNode> lawYear = only(child(shelf, "全国人民代表大会常务委员会（1 篇）"));
        assertThat(lawYear.getValue().label()).isEqualTo("2021年（1 篇）");
        assertThat(only(child(shelf, "国务院办公厅（1 篇）")).getValue().label()).isEqualTo("2023年（1 篇）");
        TreeItem<TreeNode> law = only(lawYear);
        assertThat(law.getValue().label()).isEqualTo(LAW);

        // 第一章 › 第一条; 第二章 › 第一节 › 第三条: articles under the heading before them.
        assertThat(labels(law.getChildren())).containsExactly("第一章 总则", "第二章 设立与运行", "第三章 法律责任", "第四章 附则");
        assertThat(labels(law.getChildren().get(0).getChildren())).containsExactly("第一条", "第二条");
        assertThat(labels(law.getChildren().get(1).getChildren())).containsExactly("第一节 设立", "第二节 运行");
        assertThat(labels(law.getChildren().get(1).getChildren().get(1).getChildren())).containsExactly("第四条", "第五条");
        assertThat(law.getChildren().get(0).getChildren().get(0).getValue().kind()).isEqualTo(TreeNode.Kind.ARTICLE);

        // Nested attachments: 附件2 › 附件2-1, 附件2-2.
        TreeItem<TreeNode> joint = find(shelf, JOINT);
        assertThat(labels(joint.getChildren())).containsExactly("附件1　退役军人就业安置工作任务分工", "附件2　退役军人就业安置统计表");
        assertThat(labels(joint.getChildren().get(1).getChildren()))
                .containsExactly("附件2-1　东部地区安置情况表", "附件2-2　中西部地区安置情况表");

        // A person opens the law's row by its arrow, then its chapter, and clicks an article.
        robot.clickOn(robot.from(cell(LAW)).lookup(".tree-disclosure-node").queryAs(Node.class));
        robot.clickOn(robot.from(cell("第四章 附则")).lookup(".tree-disclosure-node").queryAs(Node.class));
        // The rows below the law run past the pane's bottom edge: scroll it up first, as a person would.
        robot.interact(() -> tree().scrollTo(tree().getRow(find(law, "第四章 附则"))));
        robot.clickOn(((LibraryCell) cell("第七条")).titleLabel());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("第七条　本法自2022年1月1日起施行"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // The reader follows chapters, and the article clicked stays selected under its chapter.
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("第七条");
        assertThat(allLabels(tree().getRoot())).noneMatch(l -> l.contains("null"));
        ReaderTest.snapshot(stage.getScene(), Files.createDirectories(Path.of("target", "screenshots"))
                .resolve("documents-tree.png"));
    }

    @Test
    void aSearchHitInTheLawOpensAtTheArticleHoldingItsWords() throws Exception {
        shelf();
        key(KeyCode.CONTROL, KeyCode.K);
        robot.write("公共阅览");
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup("#search-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> results.getItems().stream().anyMatch(h -> h.title().equals(LAW)));
        assertThat(results.getItems().get(0).title()).isEqualTo(LAW);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> metas = robot.from(results).lookup(".hit-meta").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(metas).isNotEmpty().allMatch(t -> !t.contains("null"));
        assertThat(metas.get(0)).contains("单篇文件");
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().startsWith(LAW) && !label("#find-count").isEmpty());
        // The title holds the words first; the reader starts at the article (第一条), not there.
        String count = label("#find-count");
        assertThat(count).matches("第 \\d+ 处 / 共 \\d+ 处").doesNotStartWith("第 1 处");
        int current = Integer.parseInt(count.replaceAll("第 (\\d+) 处.*", "$1"));
        int inTitle = TextMatch.find(LAW, results.getItems().get(0).words()).size();
        assertThat(inTitle).isPositive();
        assertThat(current).isEqualTo(inTitle + 1);
    }

    @Test
    void bookmarksOfADocumentAreListedUnderSingleDocuments() throws Exception {
        shelf();
        clickRow(WEB);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("国办发〔2023〕27号"));
        key(KeyCode.CONTROL, KeyCode.D);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-label").tryQuery().isPresent());
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#bookmark-label").tryQuery().isEmpty());
        backToTheWindow();
        key(KeyCode.CONTROL, KeyCode.B);
        @SuppressWarnings("unchecked")
        TreeView<Object> marks = robot.lookup("#bookmarks-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !marks.getRoot().getChildren().isEmpty());
        assertThat(marks.getRoot().getChildren()).extracting(i -> i.getValue().toString()).containsExactly("单篇文件");
        assertThat(robot.from(marks).lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class))
                .filteredOn(c -> c.getText() != null).isNotEmpty()
                .allMatch(c -> !c.getText().contains("null") && !c.getText().contains("?"));
    }

    @Test
    void printingTwoDocumentsNamesThemSingleDocuments() throws Exception {
        TreeItem<TreeNode> shelf = shelf();
        for (String title : new String[] {LAW, WEB}) {
            Node row = cell(title);
            robot.clickOn(robot.from(row).lookup(".print-check").queryAs(javafx.scene.control.CheckBox.class));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(find(shelf, LAW)).isNotNull();
        key(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#print-pages").tryQuery().isPresent()
                && robot.lookup("#print-pages").queryAs(Label.class).getText().matches("共 \\d+ 页"));
        if (javafx.print.Printer.getDefaultPrinter() != null) {
            return; // the fallback below is for machines without a printer, as this test's are
        }
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-fallback").query().isVisible());
        robot.clickOn("#print-fallback");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-message").queryAs(Label.class)
                .getText().startsWith("已保存"));
        List<Path> pdfs;
        try (var files = Files.list(home.resolve("exports"))) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSize(1);
        assertThat(pdfs.get(0).getFileName().toString()).startsWith("单篇文件-");
        try (PDDocument doc = Loader.loadPDF(pdfs.get(0).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("单篇文件").doesNotContain("null");
        }
    }

    @Test
    void inEnglishTheShelfIsSingleDocument() throws Exception {
        Locale.setDefault(Locale.UK); // not what Java makes of LANG=C (en_US): an English system
        restart();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree().getRoot().getChildren().size() == 2
                && tree().getRoot().getChildren().get(1).getChildren().size() == 3);
        TreeItem<TreeNode> shelf = tree().getRoot().getChildren().get(1);
        assertThat(shelf.getValue().label()).isEqualTo("Single document (3 notices)");
        assertThat(labels(shelf.getChildren())).contains("全国人民代表大会常务委员会 (1 document)");
        assertThat(allLabels(tree().getRoot())).noneMatch(l -> l.contains("null"));
    }

    /** The 单篇文件 row, once its documents are read. */
    private TreeItem<TreeNode> shelf() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tree().getRoot().getChildren().size() == 2
                && tree().getRoot().getChildren().get(1).getChildren().size() == 3);
        return tree().getRoot().getChildren().get(1);
    }

    private static List<String> labels(List<TreeItem<TreeNode>> items) {
        return items.stream().map(i -> i.getValue().label()).toList();
    }

    private static List<String> allLabels(TreeItem<TreeNode> item) {
        List<String> out = new ArrayList<>();
        out.add(item.getValue().label());
        item.getChildren().forEach(c -> out.addAll(allLabels(c)));
        return out;
    }

    private static TreeItem<TreeNode> child(TreeItem<TreeNode> parent, String label) {
        return parent.getChildren().stream().filter(c -> c.getValue().label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + labels(parent.getChildren())));
    }

    private static TreeItem<TreeNode> only(TreeItem<TreeNode> parent) {
        assertThat(parent.getChildren()).hasSize(1);
        return parent.getChildren().get(0);
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, String label) {
        if (item.getValue().label().equals(label)) {
            return item;
        }
        for (TreeItem<TreeNode> c : item.getChildren()) {
            TreeItem<TreeNode> f = find(c, label);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
