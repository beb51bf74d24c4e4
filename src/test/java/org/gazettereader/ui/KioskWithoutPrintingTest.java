// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A terminal configured not to print: no print tile, the print action off, Ctrl+P does nothing. */
class KioskWithoutPrintingTest extends KioskApp {
    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true", "--kiosk-config=" + home.resolve("kiosk.properties")};
    }

    @Override
    void prepare() throws Exception {
        Files.writeString(home.resolve("kiosk.properties"), "kiosk=true\nprint.allowed=false\n", StandardCharsets.UTF_8);
        super.prepare();
    }

    @Test
    void thePrintActionStaysOff() throws Exception {
        assertThat(homeShown()).isTrue();
        assertThat(robot.lookup("#kiosk-home-print").tryQuery()).as("no print tile").isEmpty();
        assertThat(robot.lookup("#kiosk-home-search").query().isVisible()).isTrue();
        toTheLibrary();
        openIssue();
        clickRow("吕政函〔2023〕6号");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pageText().contains("便民经营点"));
        assertThat(robot.lookup("#file-print-button").query().isVisible()).as("no print button").isFalse();
        key(KeyCode.CONTROL, KeyCode.P);
        assertThat(robot.lookup("#kiosk-print").tryQuery()).as("Ctrl+P opens nothing").isEmpty();
        assertThat(robot.lookup("#print-dialog").tryQuery()).isEmpty();
        assertLocked("Ctrl+P where printing is off");
    }
}
