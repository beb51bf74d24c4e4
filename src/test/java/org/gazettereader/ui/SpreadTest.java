// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** On a wide screen two pages stand side by side; a page without a partner stands alone in the middle. */
class SpreadTest extends RunningApp {
    private void waitLabel(String regex) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> label("#reader-page-label").matches(regex));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the resize pause of the reader
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Bounds bounds(String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getLayoutBounds());
    }

    private void assertAloneInTheMiddle() {
        assertThat(robot.lookup("#page-right").tryQuery()).isEmpty();
        Bounds page = bounds("#page-left");
        Bounds area = bounds("#reader-pages");
        assertThat(page.getCenterX()).isCloseTo(area.getCenterX(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(pageText()).isNotEmpty();
    }

    @Test
    void onePageNoticeAndLastOddPageAreCentred() throws Exception {
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        openIssue();
        clickRow("吕政函〔2023〕3号");
        waitLabel("第 1 页 / 共 1 页");
        assertAloneInTheMiddle();
        assertThat(pageText()).contains("吕梁市人民政府关于成立山西大学吕梁科学技术研究院的通知");
        ReaderTest.snapshot(stage.getScene(), Files.createDirectories(Path.of("target", "screenshots"))
                .resolve("single-page-spread-1920x1080.png"));

        // A long notice: two pages side by side, the right one with text, both as wide as before.
        clickRow("吕政发〔2022〕18号");
        waitLabel("第 1 页 / 共 \\d+ 页");
        double single = bounds("#page-left").getWidth();
        assertThat(robot.lookup("#page-right").tryQuery()).isPresent();
        assertThat(bounds("#page-right").getMinX()).isGreaterThan(bounds("#page-left").getMaxX());
        assertThat(bounds("#page-left").getWidth()).isEqualTo(single);
        // The last page (End) has no partner: alone in the middle, then back to a pair.
        key(KeyCode.END);
        int total = Integer.parseInt(label("#reader-page-label").replaceAll(".*共 (\\d+) 页", "$1"));
        waitLabel("第 " + total + " 页 / 共 " + total + " 页");
        assertAloneInTheMiddle();
        key(KeyCode.HOME);
        waitLabel("第 1 页 / 共 " + total + " 页");
        assertThat(robot.lookup("#page-right").tryQuery()).isPresent();
    }

    @Test
    void narrowWindowsShowOnePageAsBefore() throws Exception {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        openIssue();
        clickRow("吕政函〔2023〕3号");
        waitLabel("第 1 页 / 共 \\d+ 页");
        assertAloneInTheMiddle();
    }
}
