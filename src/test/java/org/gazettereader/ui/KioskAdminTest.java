// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.gazettereader.kiosk.TestClock;
import org.junit.jupiter.api.Test;

/** The administrator's way in at a running terminal: the corner gesture, the key, and the PIN pad over the lock. */
class KioskAdminTest extends KioskApp {
    private final TestClock clock = new TestClock();

    private boolean padShown() {
        return robot.lookup("#kiosk-pin").query().isVisible();
    }

    private void tapCorner(int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            robot.moveTo(new Point2D(stage.getX() + 20, stage.getY() + 20)).clickOn(MouseButton.PRIMARY);
            clock.advance(apart);
        }
    }

    @Test
    void fiveTapsInTheTopLeftCornerWithinThreeSecondsOpenThePinPad() throws Exception {
        robot.interact(() -> shell().setClock(clock));
        tapCorner(4, Duration.ofMillis(500));
        assertThat(padShown()).as("four taps").isFalse();
        clock.advance(Duration.ofSeconds(3));
        tapCorner(1, Duration.ZERO);
        assertThat(padShown()).as("the fifth tap came too late").isFalse();
        tapCorner(5, Duration.ofMillis(600));
        assertThat(padShown()).as("five taps within 3 s").isTrue();
        assertLocked("the PIN pad is open");
        robot.clickOn("#kiosk-pin-cancel");
        assertThat(padShown()).isFalse();
    }

    @Test
    void ctrlAltShiftAOpensThePinPadAndATerminalWithoutPinStaysShut() throws Exception {
        robot.clickOn("#kiosk-home-title");
        key(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A);
        assertThat(padShown()).isTrue();
        robot.clickOn("#kiosk-pin-1").clickOn("#kiosk-pin-2").clickOn("#kiosk-pin-3").clickOn("#kiosk-pin-4")
                .clickOn("#kiosk-pin-ok");
        assertThat(robot.lookup("#kiosk-pin-message").queryAs(Label.class).getText())
                .isEqualTo("此终端未设置管理员密码。请在终端电脑上用 kiosk set-pin 设置。");
        assertThat(robot.lookup("#kiosk-admin").query().isVisible()).isFalse();
        key(KeyCode.ALT, KeyCode.F4);
        assertLocked("Alt+F4 over the PIN pad");
        key(KeyCode.ESCAPE);
        assertThat(padShown()).as("Esc cancels the pad").isFalse();
        assertLocked("Esc on the PIN pad");
    }
}
