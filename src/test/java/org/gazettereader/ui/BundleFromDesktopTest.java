// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.gazettereader.bundle.BundleListener;
import org.gazettereader.bundle.BundleWriter;
import org.gazettereader.cli.WindowRequest;
import org.gazettereader.importing.CorpusGenerator;
import org.gazettereader.importing.Samples;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.ImportSummary;
import org.gazettereader.library.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A .gzb opened from the desktop (the package's file association runs {@code gazette-reader FILE}):
 * once the library is open the window offers to install it, and merging it adds its issue.
 */
class BundleFromDesktopTest extends RunningApp {
    @TempDir
    static Path work;
    private static Path bundle;

    @Override
    void prepare() throws Exception {
        if (bundle != null) {
            return;
        }
        // A bundle made elsewhere: a library of another issue than the sample the window starts with.
        var g = Samples.generator().issue(11, 4);
        Path file = Files.createDirectories(work.resolve("in")).resolve(CorpusGenerator.fileName(4));
        Files.write(file, g.bytes());
        try (Library other = Library.open(work.resolve("elsewhere"))) {
            ImportSummary s = other.importPaths(List.of(file), ImportListener.NONE, () -> false);
            assertThat(s.count(ImportSummary.Outcome.IMPORTED)).isEqualTo(1);
            bundle = BundleWriter.create(other, work.resolve("下载/另一台电脑的公报库.gzb"),
                    new BundleWriter.Options(null, null, true, Optional.empty()), BundleListener.NONE, () -> false).file();
        }
    }

    @Override
    String[] arguments() {
        return new String[] {"--" + WindowRequest.BUNDLE_PARAM + "=" + bundle};
    }

    @Test
    void theWindowOffersTheBundleOnceTheLibraryIsOpenAndMergesIt() throws Exception {
        // Shown, not only made: the dialog's nodes exist a moment before its window is on screen (CI once clicked too early).
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#bundle-merge")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        DialogPane ask = robot.lookup("#bundle-install-dialog").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).contains(bundle.toString()).contains(home.resolve("library").toString());
        robot.clickOn("#bundle-merge");
        robot.clickOn("#bundle-ok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#bundle-message").tryQuery().isPresent());
        DialogPane done = robot.lookup("#bundle-message").queryAs(DialogPane.class);
        assertThat(done.getContentText()).isEqualTo("已合并：新增或更新 1 期，已有 0 期跳过，失败 0 期。");
        robot.interact(() -> done.getScene().getWindow().hide());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tree().getRoot().getChildren().size() == 2);
    }
}
