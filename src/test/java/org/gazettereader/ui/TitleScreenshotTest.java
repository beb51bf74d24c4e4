// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader's title in a 1024 × 768 window: balanced at word boundaries. The snapshot goes to
 * target/screenshots for a person to look at. (Monocle's headless screen is 1280 × 800, so wider
 * windows are checked under Xvfb with the real jar.)
 */
class TitleScreenshotTest extends RunningApp {
    private static final String TITLE = "吕梁市人民政府关于成立山西大学吕梁科学技术研究院的通知";

    private List<String> titleLines() {
        Parent page = (Parent) robot.lookup("#page-left").query();
        return page.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.getStyleClass().contains("page-title"))
                .map(n -> ((Text) n).getText()).toList();
    }

    private List<String> openAt(double width, double height, String file) throws Exception {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        openIssue();
        clickRow("吕政函〔2023〕3号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> String.join("", titleLines()).equals(TITLE));
        Thread.sleep(500); // the relayout after a resize waits 120 ms
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> String.join("", titleLines()).equals(TITLE));
        ReaderTest.snapshot(stage.getScene(), Files.createDirectories(Path.of("target", "screenshots")).resolve(file));
        System.out.printf("%s: window %.0f×%.0f, page %.0f px wide, title lines %s%n", file, stage.getWidth(),
                stage.getHeight(), robot.lookup("#page-left").queryAs(javafx.scene.layout.Region.class).getWidth(), titleLines());
        return titleLines();
    }

    @Test
    void balancedAt1024() throws Exception {
        // 23 title characters fit a line here: filled, the title would end on 院的通知.
        assertThat(openAt(1024, 768, "reader-title-1024.png"))
                .containsExactly("吕梁市人民政府关于成立山西", "大学吕梁科学技术研究院的通知");
    }
}
