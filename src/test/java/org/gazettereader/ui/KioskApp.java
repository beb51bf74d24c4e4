// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.stage.Window;
import org.gazettereader.library.Libraries;
import org.gazettereader.library.Library;
import org.gazettereader.ui.kiosk.KioskShell;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started as a public terminal ({@code kiosk=true}) on a library that exists
 * before it starts (the sample imported into the default library folder), with the checks the
 * kiosk tests share: still locked, and every file of the library folder unchanged.
 */
abstract class KioskApp extends RunningApp {
    Map<String, String> libraryBefore;

    @Override
    String[] arguments() {
        return new String[] {"--kiosk=true"};
    }

    @Override
    void prepare() throws Exception {
        try (Library lib = Library.open(library())) {
            Libraries.seedSample(lib);
        }
        libraryBefore = hashes(library());
    }

    Path library() {
        return home.resolve("library");
    }

    Scene scene() {
        return stage.getScene();
    }

    KioskShell shell() {
        return (KioskShell) scene().getProperties().get(KioskShell.SCENE_KEY);
    }

    /** True while the terminal's home screen is what the patron sees. */
    boolean homeShown() {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#kiosk-home").query().isVisible() && !robot.lookup("#shell").query().isVisible();
    }

    /** From the home screen to the library pane, by touch: the search tile, then the library tab. */
    void toTheLibrary() {
        robot.clickOn("#kiosk-home-search");
        robot.clickOn("#tab-library");
    }

    /** SHA-256 of every file under {@code root} (relative path → hash): a new, changed or missing file shows. */
    static Map<String, String> hashes(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** After an escape attempt: the window is still there, full screen, with no other window or context menu. */
    void assertLocked(String attempt) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as(attempt + ": the window is showing").isTrue();
        assertThat(stage.isFullScreen()).as(attempt + ": the window is full screen").isTrue();
        assertThat(shell().locked()).as(attempt + ": the lockdown holds").isTrue();
        assertThat(Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w != stage && !(w instanceof javafx.scene.control.Tooltip)).toList())
                .as(attempt + ": no dialog, file chooser, menu or context menu is open").isEmpty();
        assertThat(Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()))
                .as(attempt + ": no context menu").isEmpty();
        assertThat(hashes(library())).as(attempt + ": every file of the library is unchanged").isEqualTo(libraryBefore);
    }
}
