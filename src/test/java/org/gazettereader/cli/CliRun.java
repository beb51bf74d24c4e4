// SPDX-License-Identifier: Apache-2.0
package org.gazettereader.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.gazettereader.config.DataHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process with a data folder of the test's own, keeping what it printed. */
abstract class CliRun {
    @TempDir
    Path dir;

    private final Locale before = Locale.getDefault();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    /**
     * The default locale for the test's commands: English, whose words the tests assert (the
     * command line says the core's problems in Chinese when the system speaks Chinese); null keeps
     * the machine's.
     */
    Locale locale() {
        return Locale.ENGLISH;
    }

    @BeforeEach
    void home() {
        if (locale() != null) {
            Locale.setDefault(locale());
        }
        System.setProperty(DataHome.HOME_PROPERTY, dir.resolve("home").toString());
    }

    @AfterEach
    void clear() {
        Locale.setDefault(before);
        System.clearProperty(DataHome.HOME_PROPERTY);
    }

    int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new Cli(library -> { }).run(out, err, args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
