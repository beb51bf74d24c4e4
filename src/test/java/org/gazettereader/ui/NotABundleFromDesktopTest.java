// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.gazettereader.cli.WindowRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A text file named .gzb, opened from the desktop: the window says it is no bundle, and asks nothing. */
class NotABundleFromDesktopTest extends RunningApp {
    @TempDir
    static Path work;

    @Override
    String[] arguments() {
        try {
            Path fake = Files.writeString(work.resolve("会议纪要.gzb"), "这不是公报库包，只是改了名字的文本。");
            return new String[] {"--" + WindowRequest.BUNDLE_PARAM + "=" + fake};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theWindowSaysItIsNoBundleBeforeAskingAnything() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#bundle-message").tryQuery().isPresent());
        DialogPane said = robot.lookup("#bundle-message").queryAs(DialogPane.class);
        assertThat(said.getContentText()).contains("会议纪要.gzb").contains("未做任何改动");
        assertThat(robot.lookup("#bundle-install-dialog").tryQuery()).isEmpty();
        robot.interact(() -> said.getScene().getWindow().hide());
        assertThat(tree().getRoot().getChildren()).hasSize(1);
    }
}
