// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.gazettereader.bundle.BundleKeys;
import org.gazettereader.bundle.BundleListener;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.kiosk.TestClock;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.library.Libraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The terminal's watch folder: after an idle reset (the test's clock), a newer bundle signed by the
 * trusted key is installed and the read-only library opens again with its issues; an unsigned
 * bundle is refused, reported on the administrator's panel, and the library stays as it was.
 */
class KioskBundleWatchTest extends KioskApp {
    @TempDir
    Path work;
    private final TestClock clock = new TestClock();
    private BundleKeys.SigningKey key;
    private Path usb;

    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true", "--kiosk-config=" + work.resolve("kiosk.properties")};
    }

    @Override
    void prepare() throws Exception {
        super.prepare();
        // The terminal's library was installed an hour ago.
        Path db = library().resolve("library.db");
        Files.setLastModifiedTime(db, FileTime.from(Files.getLastModifiedTime(db).toInstant().minus(Duration.ofHours(1))));
        key = BundleKeys.generate(work.resolve("keys/terminals"));
        usb = Files.createDirectories(work.resolve("usb"));
        Files.writeString(work.resolve("kiosk.properties"), "kiosk=true\nlibrary=" + library() + "\nwatch.folder=" + usb
                + "\nbundle.trust=" + key.publicLine() + "\n");
    }

    /** A library of the sample and two generated issues, bundled into the watch folder (signed when {@code signed}). */
    private Path bundle(String name, boolean signed) throws Exception {
        Path source = work.resolve("source-" + name);
        Path in = Files.createDirectories(work.resolve("in-" + name));
        for (int i = 1; i <= 2; i++) {
            Files.write(in.resolve(CorpusGenerator.fileName(i)), Samples.generator().issue(11, i).bytes());
        }
        try (Library l = Library.open(source)) {
            Libraries.seedSample(l);
            l.importPaths(List.of(in), ImportListener.NONE, () -> false);
        }
        Path out = usb.resolve(name);
        try (Library l = Library.openExisting(source, ImportListener.NONE)) {
            BundleWriter.create(l, out, new BundleWriter.Options(null, null, true, signed ? Optional.of(key) : Optional.empty()),
                    BundleListener.NONE, () -> false);
        }
        return out;
    }

    /** A patron uses the terminal and walks away: the countdown runs out and the session is reset. */
    private void patronWalksAway() {
        robot.interact(() -> shell().setClock(clock));
        robot.clickOn("#library-tree");
        clock.advance(Duration.ofSeconds(121));
        robot.interact(() -> shell().idle().tick());
        clock.advance(Duration.ofSeconds(31));
        robot.interact(() -> shell().idle().tick());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String adminSays() {
        return robot.lookup("#kiosk-admin-bundles").queryAs(Label.class).getText();
    }

    @Test
    void aNewerSignedBundleIsInstalledAfterTheIdleReset() throws Exception {
        bundle("公报库-2026-11-30.gzb", true);
        assertThat(tree().getRoot().getChildren()).hasSize(1);
        assertThat(adminSays()).isEqualTo("尚未检查监视文件夹。");
        patronWalksAway();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> adminSays().contains("已安装"));
        assertThat(adminSays()).isEqualTo("2026-03-02 17:02：已安装 公报库-2026-11-30.gzb（3 期，37 篇公文）。");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tree().getRoot().getChildren().size() == 3);
        assertThat(Files.exists(library().resolveSibling("library.previous"))).isFalse();

        // The same bundle is not installed again at the next reset.
        patronWalksAway();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(adminSays()).contains("已安装 公报库-2026-11-30.gzb");
    }

    @Test
    void anUnsignedBundleIsRefusedAndReportedAndTheLibraryStaysAsItWas() throws Exception {
        Path unsigned = bundle("unsigned.gzb", false);
        patronWalksAway();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> adminSays().contains("未安装"));
        assertThat(adminSays()).isEqualTo("2026-03-02 17:02：未安装 unsigned.gzb：公报库包 " + unsigned
                + " 没有签名，而这里只接受受信任密钥签名的包，未做任何改动。");
        assertThat(tree().getRoot().getChildren()).hasSize(1);
        assertThat(hashes(library())).isEqualTo(libraryBefore);
    }
}
