// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazettereader.config.AppVersion;
import org.junit.jupiter.api.Test;

class CliTest {
    private final List<Path> launched = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(r -> launched.add(r.library())).run(out, err, args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsThePomVersion() {
        assertThat(run("--version")).isZero();
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(out().trim()).isEqualTo("gazette-reader " + AppVersion.get());
        assertThat(launched).isEmpty();
    }

    @Test
    void helpListsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: gazette-reader").contains("--library=DIR").contains("--version");
        assertThat(launched).isEmpty();
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("frobnicate").contains("Usage: gazette-reader");
        assertThat(launched).isEmpty();
    }

    @Test
    void badOptionIsAUsageError() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err()).contains("--no-such-option");
    }

    @Test
    void noSubcommandOpensTheWindowOnTheGivenLibrary() {
        assertThat(run("--library", "/tmp/some-library")).isZero();
        assertThat(launched).containsExactly(Path.of("/tmp/some-library"));
    }
}
