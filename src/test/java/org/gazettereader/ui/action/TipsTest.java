// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A tip is made when the pointer comes over its control, then shown as any tooltip is; its text is the accessible help at once. */
class TipsTest {
    private final FxRobot robot = new FxRobot();
    private Button tipped;
    private Button other;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            tipped = new Button("上一页");
            tipped.setId("tipped");
            Tips.set(tipped, "上一页 (PgUp)");
            other = new Button("其他");
            other.setId("other");
            HBox box = new HBox(40, other, tipped);
            box.setPrefSize(400, 120);
            return box;
        });
        FxToolkit.setupStage(s -> {
            // The primary stage is shared: a test before may have left it larger than the headless screen.
            s.setMinWidth(0);
            s.setMinHeight(0);
            s.setX(0);
            s.setY(0);
            s.setWidth(400);
            s.setHeight(160);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theTooltipIsMadeOnHoverAndShown() {
        assertThat(tipped.getTooltip()).as("nothing made before the pointer comes").isNull();
        assertThat(Tips.text(tipped)).isEqualTo("上一页 (PgUp)");
        assertThat(tipped.getAccessibleHelp()).isEqualTo("上一页 (PgUp)");

        robot.moveTo("#other").moveTo("#tipped").moveBy(2, 1);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = tipped.getTooltip();
        assertThat(tip).isNotNull();
        assertThat(tip.getText()).isEqualTo("上一页 (PgUp)");
        assertThat(Window.getWindows()).as("the tooltip is on screen").contains(tip);
        assertThat(other.getTooltip()).isNull();
    }

    @Test
    void aChangedOrRemovedTipReachesTheMadeTooltip() {
        robot.interact(() -> Tips.make(tipped));
        Tooltip tip = tipped.getTooltip();
        robot.interact(() -> Tips.set(tipped, "下一页"));
        assertThat(tipped.getTooltip()).isSameAs(tip);
        assertThat(tip.getText()).isEqualTo("下一页");
        robot.interact(() -> Tips.set(tipped, null));
        assertThat(tipped.getTooltip()).isNull();
        assertThat(Tips.text(tipped)).isNull();
        assertThat(tipped.getAccessibleHelp()).isNull();
        robot.interact(() -> Tips.make(tipped));
        assertThat(tipped.getTooltip()).as("no tip, no tooltip").isNull();
        robot.interact(() -> Tips.set(tipped, "首页"));
        robot.interact(() -> Tips.make(tipped));
        assertThat(tipped.getTooltip().getText()).isEqualTo("首页");
    }
}
