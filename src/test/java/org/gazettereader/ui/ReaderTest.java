// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reading a notice as a person does: open it from the tree, turn pages, zoom, come back later. */
class ReaderTest extends RunningApp {
    private String pageLabel() {
        return robot.lookup("#reader-page-label").queryAs(Label.class).getText();
    }

    private void waitLabel(String regex) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageLabel().matches(regex));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("page label is '" + pageLabel() + "', expected " + regex + "; selected "
                    + tree().getSelectionModel().getSelectedItem(), e);
        }
    }

    @Test
    void openTurnGoToZoomFollowAndComeBack() throws Exception {
        openIssue();
        clickRow("吕政发〔2022〕18号");
        waitLabel("第 1 页 / 共 \\d+ 页");
        assertThat(pageText()).startsWith("吕梁市人民政府关于印发");
        int total = Integer.parseInt(pageLabel().replaceAll(".*共 (\\d+) 页", "$1"));
        assertThat(total).isGreaterThan(20);

        key(KeyCode.PAGE_DOWN);
        waitLabel("第 2 页 / 共 " + total + " 页");
        key(KeyCode.PAGE_UP);
        waitLabel("第 1 页 / 共 " + total + " 页");
        key(KeyCode.END);
        waitLabel("第 " + total + " 页 / 共 " + total + " 页");
        key(KeyCode.HOME);
        waitLabel("第 1 页 .*");
        robot.clickOn("#reader-next");
        waitLabel("第 2 页 .*");

        robot.clickOn("#reader-goto").write("12");
        key(KeyCode.ENTER);
        waitLabel("第 12 页 / 共 " + total + " 页");
        // The tree follows the heading being read: a heading of the first plan.
        TreeItem<TreeNode> selected = tree().getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().kind()).isEqualTo(TreeNode.Kind.HEADING);
        assertThat(selected.getValue().notice().notice().docNumber()).isEqualTo("吕政发〔2022〕18号");

        // Larger text keeps the same paragraph on screen.
        String top = pageText().substring(0, 6);
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !pageLabel().equals("第 12 页 / 共 " + total + " 页"));
        assertThat(pageText()).contains(top);
        String afterZoom = pageLabel();

        // Restart: the reader reopens the notice at the same place.
        restart();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reader-page-label").tryQuery().isPresent()
                    && pageLabel().matches("第 \\d+ 页 / 共 \\d+ 页") && pageText().contains(top));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after restart '" + pageLabel() + "', before '" + afterZoom + "', page starts "
                    + pageText().substring(0, Math.min(20, pageText().length())) + " / top was " + top, e);
        }
        assertThat(pageText()).contains(top);
        assertThat(afterZoom).isNotBlank();
    }

    @Test
    void contentsPageAndScreenshots() throws Exception {
        openIssue();
        clickRow("目录");
        waitLabel("第 1 页 / 共 \\d+ 页");
        assertThat(pageText()).contains("市政府文件").contains("吕政发〔2023〕2号");
        clickRow("吕政函〔2023〕3号");
        waitLabel("第 1 页 / 共 \\d+ 页");
        assertThat(pageText()).contains("吕梁市人民政府关于成立山西大学吕梁科学技术研究院的通知").contains("吕政函〔2023〕3号");
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        for (var theme : new KeyCode[] {KeyCode.L, KeyCode.D, KeyCode.H}) {
            key(KeyCode.CONTROL, KeyCode.SHIFT, theme);
            for (int[] size : new int[][] {{1024, 768}, {1920, 1080}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageLabel().startsWith("第 1 页 / 共"));
                WaitForAsyncUtils.waitForFxEvents();
                snapshot(stage.getScene(), out.resolve("reader-" + theme.getName().toLowerCase(Locale.ROOT) + "-"
                        + size[0] + "x" + size[1] + ".png"));
            }
        }
    }

    static void snapshot(Scene scene, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        new FxRobot().interact(() -> image[0] = scene.snapshot(null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var reader = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", file.toFile());
    }

    @Test
    void dragSelectsTextAndCtrlCCopiesIt() throws Exception {
        openIssue();
        clickRow("吕政函〔2023〕3号");
        waitLabel("第 1 页 / 共 \\d+ 页");
        javafx.scene.Parent page = (javafx.scene.Parent) robot.lookup("#page-left").query();
        // The first body line (after title, 文号 and recipients): from its first character to its last.
        Text line = page.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> (Text) n)
                .filter(t -> t.getText().startsWith("根据")).findFirst().orElseThrow();
        var b = line.localToScreen(line.getBoundsInLocal());
        robot.drag(new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY()), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(b.getMaxX() - 2, b.getCenterY())).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(page.getChildrenUnmodifiable()).anyMatch(n -> n.getStyleClass().contains("selection"));
        key(KeyCode.CONTROL, KeyCode.C);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(line.getText());
    }
}
