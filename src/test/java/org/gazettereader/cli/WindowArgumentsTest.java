// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The window's own command lines, read without picocli; every other line still reaches picocli. */
class WindowArgumentsTest {
    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    @Test
    void theWindowsOwnOptionsInAnyOrderAndEitherSpelling() {
        assertThat(WindowArguments.plain()).contains(new WindowRequest(null, false, Optional.empty(), Optional.empty()));
        assertThat(WindowArguments.plain("--library", "/srv/公报 库")).contains(
                new WindowRequest(Path.of("/srv/公报 库"), false, Optional.empty(), Optional.empty()));
        assertThat(WindowArguments.plain("--kiosk-config=/etc/k.properties", "--kiosk", "--library=lib")).contains(
                new WindowRequest(Path.of("lib"), true, Optional.of(Path.of("/etc/k.properties")), Optional.empty()));
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        assertThat(WindowArguments.plain("list")).isEmpty();
        assertThat(WindowArguments.plain("--library", "lib", "list")).isEmpty();
        assertThat(WindowArguments.plain("--help")).isEmpty();
        assertThat(WindowArguments.plain("--version")).isEmpty();
        assertThat(WindowArguments.plain("issue.gzb")).isEmpty();
        assertThat(WindowArguments.plain("--library")).isEmpty();
        assertThat(WindowArguments.plain("--library=")).isEmpty();
        assertThat(WindowArguments.plain("--library", "--kiosk")).isEmpty();
        assertThat(WindowArguments.plain("--library", "a", "--library", "b")).isEmpty();
        assertThat(WindowArguments.plain("--kiosk", "--kiosk")).isEmpty();
        assertThat(WindowArguments.plain("--kiosk=true")).isEmpty();
        assertThat(WindowArguments.plain("--librar", "lib")).isEmpty();
        assertThat(WindowArguments.plain("-h")).isEmpty();
    }

    /** Through the command line as a user types it: the same answers as before the shortcut. */
    @ParameterizedTest
    @ValueSource(strings = {"--library", "--kiosk-config"})
    void aMissingValueIsStillPicocliUsageError(String option) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<WindowRequest> launched = new ArrayList<>();
        assertThat(new Cli(launched::add).run(out, err, option)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required parameter for option '" + option + "'")
                .contains("See 'gazette-reader --help'");
        assertThat(launched).isEmpty();
    }

    @Test
    void aRepeatedOptionIsStillPicocliUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<WindowRequest> launched = new ArrayList<>();
        assertThat(new Cli(launched::add).run(new ByteArrayOutputStream(), err, "--library", "a", "--library", "b"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--library").contains("should be specified only once");
        assertThat(launched).isEmpty();
    }
}
