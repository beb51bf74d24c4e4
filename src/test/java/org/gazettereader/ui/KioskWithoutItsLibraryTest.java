// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A terminal whose configured library is gone (a folder moved, a disk not mounted). A tester saw the
 * home screen say 公报库中还没有公报, as if the library were empty; only the log had the error.
 */
class KioskWithoutItsLibraryTest extends KioskApp {
    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true", "--kiosk-config=" + home.resolve("kiosk.properties")};
    }

    @Override
    boolean libraryOpens() {
        return false;
    }

    @Override
    void prepare() throws Exception {
        Files.writeString(home.resolve("kiosk.properties"), "kiosk=true\nlibrary=" + home.resolve("gone").toAbsolutePath()
                + "\n", StandardCharsets.UTF_8);
        super.prepare();
    }

    @Test
    void theHomeScreenSaysTheLibraryCannotBeOpenedNotThatItIsEmpty() throws Exception {
        assertThat(homeShown()).isTrue();
        Button latest = robot.lookup("#kiosk-home-latest").queryAs(Button.class);
        Label hint = (Label) ((VBox) ((HBox) latest.getGraphic()).getChildren().get(1)).getChildren().get(1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "公报库暂时打不开，请联系工作人员".equals(hint.getText()));
        // Readable: not drawn faint as a disabled tile is; a tap does nothing and the terminal stays home.
        assertThat(latest.isDisabled()).isFalse();
        robot.clickOn(latest);
        assertThat(homeShown()).isTrue();
        assertThat(latest.getAccessibleText()).endsWith("公报库暂时打不开，请联系工作人员");
        assertThat(hint.getText()).as("no folder given away to a patron").doesNotContain(home.toString());
        assertLocked("a terminal without its library");
        assertThat(home.resolve("gone")).doesNotExist();
    }
}
