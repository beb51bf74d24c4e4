// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gazettereader.config.Messages;
import org.gazettereader.kiosk.PinGate;
import org.gazettereader.kiosk.PinHash;
import org.gazettereader.kiosk.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator's PIN pad, tapped digit by digit, against the real PIN gate and a hashed PIN. */
class PinPadTest {
    private final FxRobot robot = new FxRobot();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final TestClock clock = new TestClock("2026-03-02T09:00:00Z", ZoneId.of("UTC"));
    private Locale saved;

    private void show(Optional<String> hash) throws Exception {
        PinGate gate = new PinGate(hash, clock);
        Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.setupSceneRoot(() -> new PinPad(m, gate::attempt, opened::incrementAndGet, cancelled::incrementAndGet).root());
        FxToolkit.setupStage(Stage::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @BeforeEach
    void start() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(saved);
    }

    private void tap(String digits) {
        for (char c : digits.toCharArray()) {
            robot.clickOn("#kiosk-pin-" + c);
        }
        robot.clickOn("#kiosk-pin-ok");
    }

    private String message() {
        return robot.lookup("#kiosk-pin-message").queryAs(Label.class).getText();
    }

    private static Optional<String> hashOf(String pin) {
        return Optional.of(PinHash.create(pin.toCharArray(), PinHash.MIN_ITERATIONS).encoded());
    }

    @Test
    void theRightPinOpensThePanel() throws Exception {
        show(hashOf("2468"));
        for (char c : "2468".toCharArray()) {
            robot.clickOn("#kiosk-pin-" + c);
        }
        assertThat(robot.lookup("#kiosk-pin-dots").queryAs(Label.class).getText()).isEqualTo("●●●●");
        robot.clickOn("#kiosk-pin-ok");
        assertThat(opened).hasValue(1);
        assertThat(robot.lookup("#kiosk-pin-dots").queryAs(Label.class).getText()).as("digits wiped").isEqualTo("请输入密码");
    }

    @Test
    void wrongPinsLockOutAndTheWaitIsShown() throws Exception {
        show(hashOf("2468"));
        for (int left = 4; left >= 1; left--) {
            tap("1357");
            assertThat(message()).isEqualTo("密码错误，还可尝试 " + left + " 次。");
        }
        tap("0000");
        assertThat(message()).isEqualTo("尝试次数过多，请在 30 秒 后再试。");
        // Locked out: even the right PIN is refused until the wait is over.
        clock.advance(Duration.ofSeconds(10));
        tap("2468");
        assertThat(opened).hasValue(0);
        assertThat(message()).isEqualTo("尝试次数过多，请在 20 秒 后再试。");
        clock.advance(Duration.ofSeconds(21));
        tap("2468");
        assertThat(opened).hasValue(1);
    }

    @Test
    void backspaceClearAndCancel() throws Exception {
        show(hashOf("2468"));
        robot.clickOn("#kiosk-pin-2").clickOn("#kiosk-pin-4").clickOn("#kiosk-pin-9").clickOn("#kiosk-pin-back")
                .clickOn("#kiosk-pin-6").clickOn("#kiosk-pin-8").clickOn("#kiosk-pin-ok");
        assertThat(opened).as("2, 4, 9, ⌫, 6, 8 is 2468").hasValue(1);
        robot.clickOn("#kiosk-pin-1").clickOn("#kiosk-pin-clear");
        assertThat(robot.lookup("#kiosk-pin-dots").queryAs(Label.class).getText()).isEqualTo("请输入密码");
        robot.clickOn("#kiosk-pin-cancel");
        assertThat(cancelled).hasValue(1);
    }

    @Test
    void aTerminalWithoutPinSaysHowToSetOne() throws Exception {
        show(Optional.empty());
        tap("1234");
        assertThat(opened).hasValue(0);
        assertThat(message()).contains("kiosk set-pin");
    }
}
