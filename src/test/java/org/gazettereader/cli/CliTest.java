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

    private final List<WindowRequest> requests = new ArrayList<>();

    private int run(String... args) {
        return new Cli(r -> {
            launched.add(r.library());
            requests.add(r);
        }).run(out, err, args);
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

    @Test
    void aBundleOpenedFromTheDesktopIsHandedToTheWindowAndABadOneIsRefusedFirst(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path bundle = java.nio.file.Files.writeString(dir.resolve("吕梁 2024.gzb"), "not checked before the window asks");
        assertThat(run(bundle.toString())).isZero();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).bundle()).contains(bundle);
        assertThat(requests.get(0).parameters()).contains("--bundle=" + bundle);
        // Desktop entries may hand over a file: URI (%U).
        assertThat(run("--library", "/tmp/lib", bundle.toUri().toString())).isZero();
        assertThat(requests.get(1).bundle()).contains(bundle);
        assertThat(requests.get(1).library()).isEqualTo(Path.of("/tmp/lib"));

        assertThat(run(dir.resolve("gone.gzb").toString())).isEqualTo(2);
        assertThat(err()).contains("gone.gzb: no such file");
        assertThat(run(dir.toString() + "/notes.txt")).isEqualTo(2);
        assertThat(err()).contains("notes.txt").contains("Usage: gazette-reader");
        assertThat(run(bundle.toString(), bundle.toString())).as("one bundle at a time").isEqualTo(2);
        assertThat(err()).contains("one library bundle at a time");
        assertThat(run("file:///")).isEqualTo(2);
        assertThat(err()).contains("file:///: not a library bundle (.gzb)").doesNotContain("Exception");
        // Any case of the scheme, and a space a desktop left unescaped.
        assertThat(run("FILE://" + bundle)).isZero();
        assertThat(run("file://" + bundle)).isZero();
        assertThat(requests.get(requests.size() - 1).bundle()).contains(bundle);
        assertThat(run("--kiosk", bundle.toString())).isEqualTo(2);
        assertThat(err()).contains("watch folder");
        assertThat(requests).as("nothing refused reached the window").hasSize(4);
        // Unknown words before a command were an error before bundles came, and still are.
        for (String[] args : List.of(new String[] {"bogus", "--version"}, new String[] {bundle.toString(), "list", "--library", "/x"},
                new String[] {"serach", "search", "知识产权"})) {
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err()).contains("Unmatched argument");
        }
        assertThat(requests).hasSize(4);
    }
}
