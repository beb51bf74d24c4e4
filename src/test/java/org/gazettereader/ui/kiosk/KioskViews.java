// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.ui.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gazettereader.config.Messages;
import org.gazettereader.importing.Samples;
import org.gazettereader.kiosk.KioskSettings;
import org.gazettereader.library.ImportListener;
import org.gazettereader.library.Library;
import org.gazettereader.ui.BundledFont;
import org.gazettereader.ui.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk's views shown on their own in a stage (headless), in Chinese, on a real library: the
 * sample issue plus generated issues of other years and gazettes.
 */
abstract class KioskViews {
    static Path dir;
    static Library library;
    final FxRobot robot = new FxRobot();
    final Messages m = new Messages(Locale.SIMPLIFIED_CHINESE);
    Stage stage;
    static String font;
    private Locale saved;

    /** How many generated issues beside the sample (0: the sample alone). */
    static void openLibrary(int generated) throws Exception {
        dir = Files.createTempDirectory("kiosk-views");
        Path in = Files.createDirectories(dir.resolve("in"));
        Samples.copy(Samples.SAMPLE, in);
        if (generated > 0) {
            Samples.corpus(Files.createDirectories(in.resolve("more")), 11, generated);
        }
        library = Library.open(dir.resolve("lib"));
        library.importPaths(List.of(in), ImportListener.NONE, () -> false);
    }

    @AfterAll
    static void closeLibrary() throws Exception {
        if (library != null) {
            library.close();
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void startStage() throws Exception {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> font = BundledFont.load());
    }

    @AfterEach
    void stopStage() throws Exception {
        FxToolkit.cleanupStages();
        Locale.setDefault(saved);
    }

    /** Shows {@code root} at {@code width} × {@code height} as a kiosk shows it: the light theme, the bundled font, the touch rules. */
    void show(Parent root, double width, double height) {
        robot.interact(() -> {
            Scene scene = stage.getScene();
            if (scene == null || scene.getRoot() != root) {
                scene = new Scene(root, width, height);
                root.setStyle("-fx-font-family: \"" + font + "\";");
                Theme.LIGHT.apply(scene);
                KioskTouch.apply(scene, KioskSettings.defaults(true));
                stage.setScene(scene);
            }
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Lays {@code root} out in a scene of its own at {@code width} × {@code height}, in no window: Monocle's
     * headless screen is 1280 × 800, and a larger window overflows its frame buffer.
     */
    Scene layOut(Parent root, double width, double height) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(root, width, height);
            root.setStyle("-fx-font-family: \"" + font + "\";");
            Theme.LIGHT.apply(scene[0]);
            KioskTouch.apply(scene[0], KioskSettings.defaults(true));
            root.applyCss();
            root.layout();
            root.applyCss();
            root.layout();
        });
        return scene[0];
    }

    /** Writes what the stage shows to {@code target/screenshots/name}. */
    void snapshot(String name) throws Exception {
        snapshot(stage.getScene(), name);
    }

    /** Writes what {@code scene} shows to {@code target/screenshots/name}. */
    void snapshot(Scene scene, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        var bi = new java.awt.image.BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < bi.getHeight(); y++) {
            for (int x = 0; x < bi.getWidth(); x++) {
                bi.setRGB(x, y, image[0].getPixelReader().getArgb(x, y));
            }
        }
        javax.imageio.ImageIO.write(bi, "png", out.toFile());
    }
}
