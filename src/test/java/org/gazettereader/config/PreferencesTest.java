// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void savedValuesComeBack() {
        Path file = dir.resolve("sub/settings.properties");
        Preferences p = Preferences.load(file);
        p.put("theme", "DARK");
        p.put("window.width", 1024.0);
        p.put("window.maximized", true);
        p.save();
        Preferences again = Preferences.load(file);
        assertThat(again.get("theme", "x")).isEqualTo("DARK");
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1024.0);
        assertThat(again.getBoolean("window.maximized", false)).isTrue();
        assertThat(Files.exists(dir.resolve("sub/settings.properties.tmp"))).isFalse();
    }

    @Test
    void damagedValuesFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "window.width=NaN\nwindow.height=abc\n");
        Preferences p = Preferences.load(file);
        assertThat(p.getDouble("window.width", 800)).isEqualTo(800);
        assertThat(p.getDouble("window.height", 600)).isEqualTo(600);
        assertThat(p.get("missing")).isEmpty();
    }
}
