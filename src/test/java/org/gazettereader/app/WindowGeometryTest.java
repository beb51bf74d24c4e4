// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.gazettereader.config.Preferences;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The window comes back where it was closed, on the (headless) screen the tests have. A window last
 * closed on a wider screen, or moved partly past its edge, comes back whole on this one: a tester's
 * 1024-wide window saved at x = 83 reopened with its right 83 px off a 1024-wide screen.
 */
class WindowGeometryTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Stage restored(double x, double y, double width, double height) throws Exception {
        Preferences prefs = Preferences.load(dir.resolve("settings.properties"));
        prefs.put("window.x", x);
        prefs.put("window.y", y);
        prefs.put("window.width", width);
        prefs.put("window.height", height);
        Stage[] stage = new Stage[1];
        FxToolkit.setupFixture(() -> {
            stage[0] = new Stage();
            WindowGeometry.restore(stage[0], prefs);
        });
        return stage[0];
    }

    @Test
    void aWindowThatFitsComesBackWhereItWas() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage s = restored(screen.getMinX() + 20, screen.getMinY() + 10, 700, 500);
        assertThat(s.getX()).isEqualTo(screen.getMinX() + 20);
        assertThat(s.getY()).isEqualTo(screen.getMinY() + 10);
        assertThat(s.getWidth()).isEqualTo(700);
    }

    @Test
    void aWindowReachingPastTheRightAndBottomEdgesIsMovedBackOntoTheScreen() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // As wide and high as the screen, saved 83 px in from its left and 40 px down.
        Stage s = restored(screen.getMinX() + 83, screen.getMinY() + 40, screen.getWidth(), screen.getHeight());
        assertThat(s.getWidth()).isEqualTo(screen.getWidth());
        assertThat(s.getX()).isEqualTo(screen.getMinX());
        assertThat(s.getY()).isEqualTo(screen.getMinY());
        assertThat(s.getX() + s.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(s.getY() + s.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
    }

    @Test
    void aPositionOnAScreenThatIsGoneIsIgnored() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage s = restored(screen.getMaxX() + 500, screen.getMaxY() + 500, 700, 500);
        // Centred on the screen, which a stage does when it is shown.
        FxToolkit.setupFixture(s::show);
        try {
            assertThat(s.getX()).isBetween(screen.getMinX(), screen.getMaxX() - 700);
            assertThat(s.getY()).isBetween(screen.getMinY(), screen.getMaxY() - 500);
        } finally {
            FxToolkit.setupFixture(s::hide);
        }
    }
}
