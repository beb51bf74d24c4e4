// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gazettereader.kiosk.KioskConfig;
import org.gazettereader.kiosk.KioskSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which library the window opens. A tester put {@code kiosk=false} and {@code library=/srv/…} in the
 * machine's terminal configuration: the plain reader opened /srv, while {@code import} and {@code list}
 * used the person's own library, so an official's import never showed in the window.
 */
class LibraryNamedTest {
    @TempDir
    Path dir;

    private KioskSettings config(String... lines) throws Exception {
        Path f = dir.resolve("kiosk.properties");
        Files.write(f, java.util.List.of(lines));
        return KioskConfig.load(f);
    }

    @Test
    void theTerminalsLibraryIsOpenedOnlyByATerminal() throws Exception {
        Path srv = dir.resolve("srv").toAbsolutePath();
        assertThat(GazetteApp.libraryNamed(Map.of(), config("kiosk=false", "library=" + srv))).isNull();
        assertThat(GazetteApp.libraryNamed(Map.of(), config("kiosk=true", "library=" + srv))).isEqualTo(srv);
        assertThat(GazetteApp.libraryNamed(Map.of(), KioskSettings.off())).isNull();
    }

    @Test
    void aLibraryNamedOnTheCommandLineWins() throws Exception {
        Path srv = dir.resolve("srv").toAbsolutePath();
        Map<String, String> named = Map.of(GazetteApp.LIBRARY_PARAM, "/tmp/other");
        assertThat(GazetteApp.libraryNamed(named, config("kiosk=true", "library=" + srv))).isEqualTo(Path.of("/tmp/other"));
        assertThat(GazetteApp.libraryNamed(named, KioskSettings.off())).isEqualTo(Path.of("/tmp/other"));
    }
}
