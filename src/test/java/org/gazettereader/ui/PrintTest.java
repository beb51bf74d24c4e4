// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
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
        FlowPane preview = robot.lookup("#print-preview").queryAs(FlowPane.class);
        String pages = robot.lookup("#print-pages").queryAs(Label.class).getText();
        assertThat(pages).matches("共 \\d+ 页");
        // A contents page and at least one page for each notice.
        assertThat(Integer.parseInt(pages.replaceAll("\\D", ""))).isGreaterThanOrEqualTo(3);
        assertThat(preview.getChildren().size()).isEqualTo(Math.min(12, Integer.parseInt(pages.replaceAll("\\D", ""))));
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
        assertThat(robot.lookup("#print-preview").queryAs(FlowPane.class).getChildren()).hasSizeGreaterThanOrEqualTo(3);
    }
}

