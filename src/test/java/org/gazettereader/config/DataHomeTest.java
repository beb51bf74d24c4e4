// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataHomeTest {
    private static Path resolve(Map<String, String> props, Map<String, String> env) {
        return DataHome.resolve(props::get, env);
    }

    @Test
    void systemPropertyWinsOverEverything() {
        assertThat(resolve(Map.of("gazette.home", "/x/home", "os.name", "Linux", "user.home", "/home/u"),
                Map.of("GAZETTE_READER_HOME", "/y", "XDG_DATA_HOME", "/z"))).isEqualTo(Path.of("/x/home"));
    }

    @Test
    void environmentVariableComesNext() {
        assertThat(resolve(Map.of("os.name", "Linux", "user.home", "/home/u"),
                Map.of("GAZETTE_READER_HOME", "/y"))).isEqualTo(Path.of("/y"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/gazette-reader"));
        assertThat(resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of()))
                .isEqualTo(Path.of("/home/u/.local/share/gazette-reader"));
    }

    /** A tester ran the reader with HOME=/tmp/x: the data folder stayed in the account's home. */
    @Test
    void linuxAndMacFollowHomeAsTheShellSetsIt() {
        assertThat(resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of("HOME", "/tmp/x")))
                .isEqualTo(Path.of("/tmp/x/.local/share/gazette-reader"));
        assertThat(resolve(Map.of("os.name", "Mac OS X", "user.home", "/Users/u"), Map.of("HOME", "/Users/v")))
                .isEqualTo(Path.of("/Users/v/Library/Application Support/GazetteReader"));
        assertThat(resolve(Map.of("os.name", "Linux", "user.home", "/home/u"), Map.of("HOME", "relative", "XDG_DATA_HOME", "rel")))
                .as("relative values are not homes").isEqualTo(Path.of("/home/u/.local/share/gazette-reader"));
        assertThat(resolve(Map.of("os.name", "Windows 11", "user.home", "C:/Users/u"), Map.of("HOME", "/tmp/x", "APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/GazetteReader"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(resolve(Map.of("os.name", "Windows 11", "user.home", "/home/u"), Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/GazetteReader"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(resolve(Map.of("os.name", "Mac OS X", "user.home", "/Users/u"), Map.of()))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/GazetteReader"));
    }

    @Test
    void foldersLiveUnderTheRoot() {
        DataHome home = new DataHome(Path.of("/r"));
        assertThat(home.defaultLibrary()).isEqualTo(Path.of("/r/library"));
        assertThat(home.preferencesFile()).isEqualTo(Path.of("/r/settings.properties"));
        assertThat(home.logs()).isEqualTo(Path.of("/r/logs"));
    }
}
