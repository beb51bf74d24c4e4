// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The library tree in the real window: notice titles first, 文号 second, inside the pane at every window size. */
class TreeTitlesTest extends RunningApp {
    @Test
    void titlesReadableAtTheCommonScreenSizes() throws Exception {
        openIssue();
        clickRow("吕政函〔2023〕3号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("吕政函〔2023〕3号"));
        Path out = Files.createDirectories(Path.of("target", "screenshots"));
        for (int[] size : new int[][] {{1024, 768}, {1366, 768}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            LibraryCell row = (LibraryCell) cell("吕政函〔2023〕6号");
            assertThat(row.titleLabel().getText()).isEqualTo("吕梁市人民政府关于对吕梁市中心城区便民经营点专项规划（2022—2026年）的批复");
            assertThat(row.secondaryLabel().getText()).isEqualTo("吕政函〔2023〕6号");
            Bounds pane = tree().localToScene(tree().getLayoutBounds());
            List<LibraryCell> rows = robot.lookup(".library-cell").queryAllAs(LibraryCell.class).stream()
                    .filter(c -> !c.isEmpty() && c.getItem() != null && c.getItem().kind() == TreeNode.Kind.NOTICE
                            && c.isVisible()).toList();
            assertThat(rows).hasSizeGreaterThan(3);
            for (LibraryCell c : rows) {
                assertThat(c.titleLabel().localToScene(c.titleLabel().getLayoutBounds()).getMaxX())
                        .isLessThanOrEqualTo(pane.getMaxX());
            }
            ReaderTest.snapshot(stage.getScene(), out.resolve("tree-titles-" + size[0] + "x" + size[1] + ".png"));
        }
    }

    @Test
    void typingAPartOfTheNumberSelectsTheNotice() throws Exception {
        openIssue();
        robot.write("93号");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tree().getSelectionModel().getSelectedItem() != null
                && "吕政函〔2022〕93号".equals(tree().getSelectionModel().getSelectedItem().getValue().secondary()));
        key(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("吕政函〔2022〕93号"));
    }
}
