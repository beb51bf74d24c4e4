// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.gazettereader.config.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Quitting while an import or export runs asks first (Ctrl+Q and the window's close button alike). */
class QuitWhileBusyTest {
    private final FxRobot robot = new FxRobot();
    private final AtomicBoolean busy = new AtomicBoolean();
    private Stage stage;
    private StageControls controls;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        // A stage of its own, smaller than the headless screen (an earlier test class may have left
        // the shared primary stage full screen or larger than the screen).
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(new Label("公报阅览"), 400, 300));
            controls = new StageControls(s, new Messages(Locale.SIMPLIFIED_CHINESE), () -> null);
            controls.askBeforeLeavingWhile(busy::get);
            s.show();
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(Window::hide)).get();
        WaitForAsyncUtils.asyncFx(stage::hide).get();
    }

    private boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
    }

    @Test
    void idleTheWindowClosesAtOnce() throws Exception {
        WaitForAsyncUtils.asyncFx(controls::exit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing()).isFalse();
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void whileBusyQuittingAsksAndCancelKeepsTheWindow() throws Exception {
        busy.set(true);
        WaitForAsyncUtils.asyncFx(controls::exit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing()).isTrue();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText()).isEqualTo("导入或导出正在进行");
        robot.clickOn("#quit-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        // The window's close button: the same question; OK closes.
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing()).isTrue();
        robot.clickOn("#quit-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> { });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogShowing()).isFalse();
    }
}
