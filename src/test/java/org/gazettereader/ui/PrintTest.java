// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Two notices from the tree into the basket, the preview of their pages, and the way out without a printer. */
class PrintTest extends RunningApp {
    private void waitReading(String titleWords) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            javafx.scene.Parent page = (javafx.scene.Parent) robot.lookup("#page-left").query();
            return !page.getChildrenUnmodifiable().isEmpty() && page.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                    .collect(java.util.stream.Collectors.joining()).contains(titleWords);
        });
    }

    @Test
    void twoNoticesPreviewAndNoPrinterFallsBackToPdf() throws Exception {
        openIssue();
        // Clicking a notice opens it and hands the keys to the reader: Ctrl+Shift+P adds what is being read.
        clickRow("吕政函〔2023〕6号");
        waitReading("便民经营点");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-bar")
                .queryAs(org.controlsfx.control.StatusBar.class).getText().equals("已加入打印篮 1 篇，共 1 篇。"));
        clickRow("吕政函〔2023〕10号");
        waitReading("步行自行车");
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-bar")
                .queryAs(org.controlsfx.control.StatusBar.class).getText().equals("已加入打印篮 1 篇，共 2 篇。"));
        key(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-pages").tryQuery().isPresent()
                && robot.lookup("#print-pages").queryAs(Label.class).getText().matches("共 \\d+ 页"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Object> basket = robot.lookup("#print-basket").queryAs(ListView.class);
        assertThat(basket.getItems()).hasSize(2);
        String pages = robot.lookup("#print-pages").queryAs(Label.class).getText();
        assertThat(pages).matches("共 \\d+ 页");
        int total = Integer.parseInt(pages.replaceAll("\\D", ""));
        // A contents page and at least one page for each notice.
        assertThat(total).isGreaterThanOrEqualTo(3);
        // Basket entries wrap: title, then 文号, never a sideways scroll bar.
        assertThat(robot.from(basket).lookup(".basket-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anyMatch(c -> c.getText() != null && c.getText().endsWith("\n吕政函〔2023〕6号")
                        && c.getText().startsWith("吕梁市人民政府关于"));
        // Both lines shown: the cell is at least two lines tall.
        assertThat(robot.from(basket).lookup(".basket-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .filteredOn(c -> !c.isEmpty()).allMatch(c -> c.getHeight() >= 2 * c.getFont().getSize() * 1.2);
        assertThat(robot.from(basket).lookup(".scroll-bar").queryAllAs(javafx.scene.control.ScrollBar.class))
                .noneMatch(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
        readablePageWithZoomAndKeys(total);
        ReaderTest.snapshot(robot.lookup("#print-dialog").query().getScene(),
                Files.createDirectories(Path.of("target", "screenshots")).resolve("print-preview.png"));

        robot.clickOn("#print-print");
        if (javafx.print.Printer.getDefaultPrinter() == null) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-fallback").query().isVisible());
            assertThat(robot.lookup("#print-message").queryAs(Label.class).getText()).startsWith("这台电脑没有可用的打印机");
            robot.clickOn("#print-fallback");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#print-message").queryAs(Label.class)
                    .getText().startsWith("已保存"));
            try (var files = Files.list(home.resolve("exports"))) {
                assertThat(files.filter(p -> p.toString().endsWith(".pdf"))).hasSize(1);
            }
        }
    }

    @Test
    void checkTwoNoticesInTheTreeAndSeeTheirPages() throws Exception {
        openIssue();
        for (String doc : new String[] {"吕政函〔2023〕6号", "吕政函〔2023〕10号"}) {
            Node row = cell(doc);
            robot.clickOn(robot.from(row).lookup(".print-check").queryAs(javafx.scene.control.CheckBox.class));
        }
        WaitForAsyncUtils.waitForFxEvents();
        key(KeyCode.CONTROL, KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#print-pages").tryQuery().isPresent()
                && robot.lookup("#print-pages").queryAs(Label.class).getText().matches("共 \\d+ 页"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<org.gazettereader.model.LibraryNotice> basket = robot.lookup("#print-basket").queryAs(ListView.class);
        assertThat(basket.getItems()).extracting(n -> n.notice().docNumber())
                .containsExactly("吕政函〔2023〕6号", "吕政函〔2023〕10号");
        assertThat(label("#print-page-label")).matches("第 1 页 / 共 \\d+ 页");
        assertThat(Integer.parseInt(label("#print-page-label").replaceAll(".*共 (\\d+) 页", "$1"))).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aSectionSelectedInTheTreeAddsEveryNoticeUnderIt() throws Exception {
        openIssue();
        cell("市政府办公室文件");
        robot.interact(() -> {
            var section = tree().getRoot().getChildren().get(0).getChildren().get(0).getChildren().get(0).getChildren()
                    .stream().filter(c -> c.getValue().shows("市政府办公室文件")).findFirst().orElseThrow();
            tree().getSelectionModel().select(section);
            tree().requestFocus();
        });
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-bar")
                .queryAs(org.controlsfx.control.StatusBar.class).getText().equals("已加入打印篮 5 篇，共 5 篇。"));
    }

    private javafx.scene.image.ImageView page() {
        return robot.lookup("#print-preview-page").queryAs(javafx.scene.image.ImageView.class);
    }

    /** Waits for the page shown to be rendered at the width it is shown (not a scaled stand-in). */
    private void waitSharp() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> page().getImage() != null
                && Math.abs(page().getImage().getWidth() - page().getFitWidth()) <= 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** One page large enough to read; PgDn / End / Home and the buttons turn pages, + − 0 and Ctrl+wheel zoom. */
    private void readablePageWithZoomAndKeys(int total) throws Exception {
        waitSharp();
        assertThat(label("#print-page-label")).isEqualTo("第 1 页 / 共 " + total + " 页");
        assertThat(label("#print-zoom-label")).isEqualTo("100%");
        // As wide as the preview: an A4 page at about screen size, not a thumbnail.
        double fit = page().getFitWidth();
        assertThat(fit).isGreaterThanOrEqualTo(500);
        assertThat(page().getBoundsInParent().getHeight()).isGreaterThan(fit * 1.3);
        key(KeyCode.PAGE_DOWN);
        assertThat(label("#print-page-label")).isEqualTo("第 2 页 / 共 " + total + " 页");
        key(KeyCode.END);
        assertThat(label("#print-page-label")).isEqualTo("第 " + total + " 页 / 共 " + total + " 页");
        key(KeyCode.HOME);
        assertThat(label("#print-page-label")).isEqualTo("第 1 页 / 共 " + total + " 页");
        robot.clickOn("#print-next");
        assertThat(label("#print-page-label")).isEqualTo("第 2 页 / 共 " + total + " 页");

        key(KeyCode.ADD);
        assertThat(label("#print-zoom-label")).isEqualTo("125%");
        waitSharp();
        assertThat(page().getFitWidth()).isCloseTo(fit * 1.25, org.assertj.core.data.Offset.offset(2.0));
        key(KeyCode.MINUS);
        key(KeyCode.MINUS);
        assertThat(label("#print-zoom-label")).isEqualTo("80%");
        key(KeyCode.DIGIT0);
        assertThat(label("#print-zoom-label")).isEqualTo("100%");
        // Ctrl+wheel (the event the wheel makes, with Ctrl held).
        Node scroll = robot.lookup("#print-preview").query();
        robot.interact(() -> javafx.event.Event.fireEvent(scroll, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 10, 10, 10, 10, false, true, false, false, false, false,
                0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(label("#print-zoom-label")).isEqualTo("125%");
        robot.clickOn("#print-zoom-reset");
        assertThat(label("#print-zoom-label")).isEqualTo("100%");
        robot.clickOn("#print-zoom-in");
        assertThat(label("#print-zoom-label")).isEqualTo("125%");
        key(KeyCode.DIGIT0);
        waitSharp();
        assertThat(label("#print-page-label")).isEqualTo("第 2 页 / 共 " + total + " 页");
    }
}

