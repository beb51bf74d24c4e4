// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.control.Label;
import org.gazettereader.bundle.BundleListener;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.kiosk.TestClock;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A terminal with a watch folder but no trusted key installs nothing from it, and its panel says why. */
class KioskBundleNoTrustTest extends KioskApp {
    @TempDir
    Path work;

    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true", "--kiosk-config=" + work.resolve("kiosk.properties")};
    }

    @Override
    void prepare() throws Exception {
        super.prepare();
        Path usb = Files.createDirectories(work.resolve("usb"));
        Files.writeString(work.resolve("kiosk.properties"), "kiosk=true\nlibrary=" + library() + "\nwatch.folder=" + usb + "\n");
        // A bundle of this very library, made after it: newer, but nobody is trusted.
        try (Library l = Library.openExisting(library(), ImportListener.NONE)) {
            BundleWriter.create(l, usb.resolve("lib.gzb"), BundleWriter.Options.all(), BundleListener.NONE, () -> false);
        }
        libraryBefore = hashes(library());
    }

    @Test
    void withoutATrustedKeyNothingIsInstalledAndThePanelSaysSo() {
        TestClock clock = new TestClock();
        robot.interact(() -> shell().setClock(clock));
        robot.clickOn("#library-tree");
        clock.advance(Duration.ofSeconds(121));
        robot.interact(() -> shell().idle().tick());
        clock.advance(Duration.ofSeconds(31));
        robot.interact(() -> shell().idle().tick());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kiosk-admin-bundles").queryAs(Label.class).getText())
                .isEqualTo("未配置受信任的公钥（kiosk.properties 中的 bundle.trust），监视文件夹里的包一律不安装。");
        assertThat(hashes(library())).isEqualTo(libraryBefore);
        assertThat(Optional.ofNullable(library().resolveSibling("library.previous").toFile().list())).isEmpty();
    }
}
